extension SitePaths {
    /// A flowchart's decision aid lives in a folder beside its briefing's page:
    /// `briefings/<slug>/<flowchart-id>/`. Its start page is that folder's `index.html`.
    public static func wizardStart(_ slug: String, flowchart id: String) -> String {
        "briefings/\(slug)/\(id)/index.html"
    }

    /// The page of one step of a decision aid, named for the answers that reach it: each answer
    /// is its 1-based position under its question, so the first question is `a.html`, the step
    /// reached by answering the first answer and then the second is `a-1-2.html`. Questions and
    /// outcomes are named alike. The wizard's script uses the same name, `#a-1-2`, as its URL hash.
    public static func wizardStep(_ slug: String, flowchart id: String, answers: [Int]) -> String {
        "briefings/\(slug)/\(id)/\(wizardStepName(answers)).html"
    }

    /// `a`, `a-1`, `a-1-2`: the step's file name without `.html`, and its hash in the script.
    public static func wizardStepName(_ answers: [Int]) -> String {
        (["a"] + answers.map(String.init)).joined(separator: "-")
    }

    /// A flowchart's data file for the wizard's script, beside its pages (`WizardData`):
    /// `flowchart.<fingerprint>.js`, named for a fingerprint of its bytes.
    public static func wizardData(_ slug: String, flowchart id: String, fingerprint: String) -> String {
        "briefings/\(slug)/\(id)/flowchart.\(fingerprint).js"
    }

    /// A flowchart's practice page, beside its decision aid: its scenarios, each to decide and reveal.
    public static func practice(_ slug: String, flowchart id: String) -> String {
        "briefings/\(slug)/\(id)/practice.html"
    }

    /// A flowchart's sign-off page, beside its decision aid: every path as a row of one table.
    public static func signOff(_ slug: String, flowchart id: String) -> String {
        "briefings/\(slug)/\(id)/sign-off.html"
    }
}
