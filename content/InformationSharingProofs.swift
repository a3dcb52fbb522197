import BriefingEngine

/// What "When to share" must do on every path, as its text states it, and one worked scenario per
/// path, worded only from the flowchart's own questions and outcomes. A partnership adds its own
/// scenarios here; the build fails when the flowchart stops deciding them as written.
let whenToShareProofs = FlowchartProofs(of: WhenToShare.self) {
    Rule("No one is told they can share without a clear and legitimate purpose") { path in
        !path.reaches(.share) || path.answered(.purpose, "Yes")
    }
    Rule("No one is told they can share without consent, unless the information does not enable an individual to be identified or a lawful reason to share without consent was identified") { path in
        !path.reaches(.share) || path.answered(.consent, "Yes") || path.answered(.identifiable, "No")
            || path.answered(.lawfulReason, "Yes")
    }
    Rule("Every “do not share” outcome points to golden rule 7: keep a record of your decision and the reasons for it") { path in
        !path.endsIn(.doNotShare) || path.outcomePointsTo(rule: 7)
    }

    Scenario(
        "There is a clear and legitimate purpose for sharing information, and you have consent to share.",
        answers: [.purpose: "Yes", .consent: "Yes"], expect: .share,
        why: "Do you have consent to share? Yes – you can share but should consider how.")
    Scenario(
        "There is a clear and legitimate purpose for sharing information. You do not have consent to share. The information enables an individual to be identified, and you have identified a lawful reason to share information without consent.",
        answers: [.purpose: "Yes", .consent: "No", .identifiable: "Yes", .lawfulReason: "Yes"], expect: .share,
        why: "Have you identified a lawful reason to share information without consent? Yes – you can share but should consider how.")
    Scenario(
        "There is a clear and legitimate purpose for sharing information. You do not have consent to share. The information enables an individual to be identified, and you have not identified a lawful reason to share information without consent.",
        answers: [.purpose: "Yes", .consent: "No", .identifiable: "Yes", .lawfulReason: "No"], expect: .doNotShare,
        why: "Have you identified a lawful reason to share information without consent? No – do not share.")
    Scenario(
        "There is a clear and legitimate purpose for sharing information. You do not have consent to share, and the information does not enable an individual to be identified.",
        answers: [.purpose: "Yes", .consent: "No", .identifiable: "No"], expect: .share,
        why: "Does the information enable an individual to be identified? No – you can share but should consider how.")
    Scenario(
        "There is no clear and legitimate purpose for sharing information.",
        answers: [.purpose: "No"], expect: .doNotShare,
        why: "Is there a clear and legitimate purpose for sharing information? No – do not share.")
}
