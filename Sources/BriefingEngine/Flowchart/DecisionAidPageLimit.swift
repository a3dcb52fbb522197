/// How many pages a flowchart's decision aid may make. The aid has a start page and one static
/// page per sequence of answers (`WizardSteps`), so that it works with JavaScript off; when
/// answers rejoin, the sequences multiply (ten questions whose two answers both lead to the next
/// make 2,048 pages). The build's validate step refuses a flowchart over the limit, at its
/// `Flowchart(` line, before anything is rendered or written.
///
/// Why 500: the seed's aid makes 10 pages, so 50 times that leaves room for any flowchart a
/// practitioner can finish in a few minutes; 500 pages are about 250 paths, already more than a
/// safeguarding lead can check one by one on the sign-off page; and a merging fixture at the
/// limit already writes 3.4 MB for its step pages (BENCHMARKS.md, "Decision-aid pages"), while
/// one more merging question doubles it.
public enum DecisionAidPageLimit {
    /// The most pages one flowchart's decision aid may make (its start page and its steps).
    public static let pages = 500

    /// The pages `flowchart`'s decision aid would make: its start page and one per step, counted
    /// without listing the steps (each node counted once, with the sequences that reach it).
    /// Meant for a flowchart without loops (the validator counts only then); answers to undefined
    /// nodes are skipped, and a loop only stops the count. Saturates at `Int.max`.
    public static func pages(of flowchart: Flowchart) -> Int {
        var below: [String: Int] = [:]
        func steps(from id: String, onPath: Set<String>) -> Int {
            guard let node = flowchart.node(id), !onPath.contains(id) else { return 0 }
            if let known = below[id] { return known }
            var total = 1
            for answer in node.answers {
                let (sum, overflow) = total.addingReportingOverflow(steps(from: answer.next, onPath: onPath.union([id])))
                total = overflow ? Int.max : sum
            }
            below[id] = total
            return total
        }
        let (pages, overflow) = steps(from: flowchart.start, onPath: []).addingReportingOverflow(1)
        return overflow ? Int.max : pages
    }
}
