extension FlowchartPaths {
    /// A plain-text table for the terminal: one row per path, one column per question (in the
    /// order written) holding the answer given or "-", and the outcome; then a key to the columns.
    ///
    ///     When to share (when-to-share), version 8f3a…: 5 paths
    ///
    ///     path  purpose  consent  identifiable  lawfulReason  outcome
    ///     1     Yes      Yes      -             -             share: You can share but should consider how
    public var table: String {
        let questions = flowchart.questions
        var rows = [["path"] + questions.map(\.id) + ["outcome"]]
        for (number, path) in paths.enumerated() {
            let answers = questions.map { question in
                path.steps.first { $0.question.id == question.id }?.answer.label ?? "-"
            }
            rows.append(["\(number + 1)"] + answers + ["\(path.outcome.id): \(path.outcome.title)"])
        }
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let table = rows.map { row in
            row.enumerated().map { column, cell in
                column == row.count - 1 ? cell : cell + String(repeating: " ", count: widths[column] - cell.count)
            }.joined(separator: "  ")
        }
        let plural = paths.count == 1 ? "path" : "paths"
        let key = questions.map { "  \($0.id): \($0.text)" }
        return (["\(flowchart.title) (\(flowchart.id)), version \(flowchart.version): \(paths.count) \(plural)", ""]
            + table + ["", "questions:"] + key).joined(separator: "\n") + "\n"
    }
}
