import Foundation

/// A flowchart as the graph Graphviz lays out: every question and outcome a box of a size the
/// engine computed from its own wrapped text, and every answer a small box of its own between
/// the question and the next node, so that answer labels take part in the layout (dot keeps
/// them clear of boxes and arrows) without Graphviz measuring any text with a font.
///
/// The DOT text holds only generated names and numbers, never content, so it needs no escaping.
struct FlowchartBoxes {
    typealias Metrics = FlowchartMetrics

    /// Whole, even numbers of units, so that Graphviz (which rounds sizes to whole points) keeps
    /// them exactly and a box's centre and edges are whole.
    struct Size: Hashable {
        var width: Double
        var height: Double
    }

    struct Box {
        var node: FlowchartNode
        var lines: [String]
        var size: Size
    }

    struct Answer {
        var from: Int
        var to: Int
        var label: String
        var lines: [String]
        var size: Size
    }

    /// The nodes in written order, each id once (a repeated id keeps its first node).
    let boxes: [Box]
    /// The answers whose next node exists, in written order.
    let answers: [Answer]

    init(_ flowchart: Flowchart) {
        var seen: Set<String> = []
        let nodes = flowchart.nodes.filter { seen.insert($0.id).inserted }
        let index = Dictionary(uniqueKeysWithValues: nodes.enumerated().map { ($1.id, $0) })
        let labelText = ApproximateTextWidth(fontSize: Metrics.labelFontSize, bold: true)
        boxes = nodes.map(Self.box)
        answers = nodes.enumerated().flatMap { from, node in
            node.answers.compactMap { answer -> Answer? in
                guard let to = index[answer.next] else { return nil }
                let lines = labelText.wrap(answer.label, maxWidth: Metrics.labelTextWidth)
                let size = Size(
                    width: evenCeiling((lines.map(labelText.width).max() ?? 0) + 2 * Metrics.labelPadX),
                    height: evenCeiling(Double(max(lines.count, 1)) * Metrics.labelLineHeight + 2 * Metrics.labelPadY))
                return Answer(from: from, to: to, label: answer.label, lines: lines, size: size)
            }
        }
    }

    private static func box(_ node: FlowchartNode) -> Box {
        let wrapped: [String]
        let width: Double
        switch node {
        case .question(let question):
            let text = ApproximateTextWidth(fontSize: Metrics.fontSize)
            wrapped = text.wrap(question.text, maxWidth: Metrics.questionTextWidth)
            width = max((wrapped.map(text.width).max() ?? 0) + 2 * Metrics.padX, Metrics.minimumQuestionWidth)
        case .outcome(let outcome):
            let text = ApproximateTextWidth(fontSize: Metrics.fontSize, bold: true)
            wrapped = text.wrap(outcome.title, maxWidth: Metrics.outcomeTextWidth)
            width = (wrapped.map(text.width).max() ?? 0) + 2 * (Metrics.padX + Metrics.outcomeInset)
        }
        let height = 2 * Metrics.padY + Double(max(wrapped.count, 1)) * Metrics.lineHeight
        return Box(node: node, lines: wrapped, size: Size(width: evenCeiling(width), height: evenCeiling(height)))
    }

    static func nodeName(_ index: Int) -> String { "n\(index)" }
    static func labelName(_ index: Int) -> String { "a\(index)" }
    static func intoLabelName(_ index: Int) -> String { "a\(index)in" }
    static func outOfLabelName(_ index: Int) -> String { "a\(index)out" }

    /// The graph in the DOT language. `ordering=out` keeps each question's answers left to right
    /// in written order; every size is fixed (`fixedsize`, no label), so no font is consulted.
    var dot: String {
        var lines = [
            "digraph {",
            "graph [rankdir=TB, ordering=out, splines=spline, nodesep=\(inches(Metrics.nodeGap)), ranksep=\(inches(Metrics.rankGap)), margin=0];",
            "node [shape=box, fixedsize=true, label=\"\"];",
            "edge [dir=none];",
        ]
        for (index, box) in boxes.enumerated() {
            lines.append("\(Self.nodeName(index)) [width=\(inches(box.size.width)), height=\(inches(box.size.height))];")
        }
        for (index, answer) in answers.enumerated() {
            let label = Self.labelName(index)
            lines.append("\(label) [width=\(inches(answer.size.width)), height=\(inches(answer.size.height))];")
            lines.append("\(Self.nodeName(answer.from)) -> \(label) [id=\(Self.intoLabelName(index)), weight=4];")
            lines.append("\(label) -> \(Self.nodeName(answer.to)) [id=\(Self.outOfLabelName(index))];")
        }
        lines.append("}")
        return lines.joined(separator: "\n") + "\n"
    }

    /// Units (points) as inches, to six decimal places in every locale.
    private func inches(_ units: Double) -> String {
        String(format: "%.6f", locale: Locale(identifier: "en_US_POSIX"), units / 72)
    }
}

/// The smallest even whole number at least `value`, so that a box's centre and edges are whole.
func evenCeiling(_ value: Double) -> Double {
    (value / 2).rounded(.up) * 2
}
