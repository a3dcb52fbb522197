import BriefingEngine

/// The questions and outcomes of "When to share", from the 2018 information sharing advice.
enum WhenToShare: String, FlowchartNodeID {
    case purpose, consent, identifiable, lawfulReason
    case share, doNotShare
}

/// "When to share": the decision flowchart of the Information Sharing briefing.
public let informationSharingFlowchart = Flowchart("When to share", id: "when-to-share", start: WhenToShare.purpose) {
    Question(.purpose, "Is there a clear and legitimate purpose for sharing information?") {
        Answer("Yes", next: .consent)
        Answer("No", next: .doNotShare)
    }
    Question(.consent, "Do you have consent to share?", cites: ["uk-gdpr"]) {
        Answer("Yes", next: .share)
        Answer("No", next: .identifiable)
    }
    Question(.identifiable, "Does the information enable an individual to be identified?") {
        Answer("Yes", next: .lawfulReason)
        Answer("No", next: .share)
    }
    Question(
        .lawfulReason, "Have you identified a lawful reason to share information without consent?",
        cites: ["dpa-2018-sch1"]
    ) {
        Answer("Yes", next: .share)
        Answer("No", next: .doNotShare)
    }

    Outcome(
        .share, "You can share but should consider how", kind: .share, rules: [6, 7], cites: ["info-sharing-advice"]
    ) {
        """
        How to share:

        - Identify how much information to share
        - Distinguish fact from opinion
        - Ensure that you are giving the right information to the right individual
        - Ensure where possible that you are sharing the information securely
        - Where possible, be transparent with the individual, informing them that the information has been shared, as long as doing so does not create or increase the risk of harm to the individual.
        """
    }
    Outcome(.doNotShare, "Do not share", kind: .doNotShare, rules: [3, 7], cites: ["info-sharing-advice"]) {
        """
        Seek advice.

        Keep a record of your decision and the reasons for it.
        """
    }
}
