extension PathsComparison {
    /// The comparison in words, one flowchart after another, then one line saying whether any
    /// situation is decided differently (and so whether the change needs signing off).
    public var report: String {
        var lines: [String] = []
        for flowchart in flowcharts {
            switch (flowchart.before, flowchart.after) {
            case (let before?, let after?) where before == after && !flowchart.changesAnything:
                lines.append("\(flowchart.title) (\(flowchart.name)): unchanged, version \(after)")
                continue
            case (let before?, let after?):
                lines.append("\(flowchart.title) (\(flowchart.name)): version \(before) → \(after)")
            case (nil, let after?):
                lines.append("\(flowchart.title) (\(flowchart.name)): a new flowchart, version \(after)")
            case (let before?, nil):
                lines.append("\(flowchart.title) (\(flowchart.name)): removed (was version \(before))")
            case (nil, nil):
                continue
            }
            let count = flowchart.decidedDifferently.count
            lines.append(count == 0 ? "  no situation is decided differently"
                : "  \(count) \(count == 1 ? "situation is" : "situations are") decided differently:")
            for change in flowchart.decidedDifferently {
                lines += ["    - \(change.situation)", "      was: \(change.was)", "      now: \(change.now)"]
            }
            section("new paths", flowchart.appeared, into: &lines)
            section("paths that are gone", flowchart.disappeared, into: &lines)
            section("wording changed", flowchart.wording, into: &lines)
        }
        let changed = flowcharts.filter(\.changesOutcomes)
        if changed.isEmpty {
            lines.append("No situation is decided differently.")
        } else {
            let situations = changed.reduce(0) { $0 + $1.decidedDifferently.count + $1.appeared.count + $1.disappeared.count }
            lines.append("Outcomes changed (\(situations) \(situations == 1 ? "situation" : "situations") in \(changed.map { "'\($0.name)'" }.joined(separator: ", "))): the change needs signing off.")
        }
        return lines.joined(separator: "\n") + "\n"
    }

    private func section(_ title: String, _ items: [String], into lines: inout [String]) {
        guard !items.isEmpty else { return }
        lines.append("  \(title) (\(items.count)):")
        lines += items.map { "    - " + $0 }
    }
}
