/// The flowchart drawn as an SVG image, for the briefing page and its print version: questions
/// as rounded boxes, outcomes as hexagons, answers labelled on their arrows, placed and routed by
/// Graphviz (`FlowchartGeometry`).
///
/// The image has a `viewBox` and its natural size in CSS pixels (`width`, `height`: one unit to
/// one pixel, at which its text is readable; CSS may scale it, as the handout does), `role="img"` with a `<title>` and `<desc>`,
/// no scripts and no `style` attributes (the site's Content Security Policy forbids inline
/// style): colours are presentation attributes that CSS overrides through the classes
/// `flowchart-question`, `flowchart-outcome`, `outcome-<kind>`, `flowchart-arrow` and
/// `flowchart-answer`. Element ids start with the flowchart's id, so several diagrams can share
/// a page. The same flowchart always gives the same bytes.
public struct FlowchartDiagram: Sendable {
    public let flowchart: Flowchart
    public let layout: FlowchartGeometry

    /// Nil when Graphviz cannot lay the flowchart out; the page then shows its text version only.
    public init?(_ flowchart: Flowchart) {
        guard let layout = FlowchartGeometry(flowchart) else { return nil }
        self.flowchart = flowchart
        self.layout = layout
    }

    public var svg: String {
        typealias Metrics = FlowchartMetrics
        let id = escape(flowchart.id)
        var out: [String] = []
        out.append(
            "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"flowchart\" viewBox=\"0 0 \(number(layout.width)) \(number(layout.height))\""
                + " width=\"\(number(layout.width))\" height=\"\(number(layout.height))\""
                + " role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\""
                + " font-family=\"Arial, Helvetica, sans-serif\" font-size=\"\(number(Metrics.fontSize))\" fill=\"#0b0c0c\">")
        out.append("<title id=\"\(id)-title\">\(escape(flowchart.title))</title>")
        out.append("<desc id=\"\(id)-desc\">\(escape(description))</desc>")
        out.append("<defs>")
        out.append(
            "<marker id=\"\(id)-arrowhead\" viewBox=\"0 0 10 10\" refX=\"10\" refY=\"5\" markerUnits=\"userSpaceOnUse\""
                + " markerWidth=\"10\" markerHeight=\"10\" orient=\"auto\">"
                + "<path class=\"flowchart-arrowhead\" d=\"M0 0L10 5L0 10z\" fill=\"#505a5f\"/></marker>")
        out.append("</defs>")
        out.append("<g class=\"flowchart-arrows\">")
        for arrow in layout.arrows {
            // Into the label, straight on behind it, then out of it to the arrowhead.
            let path = curve(arrow.intoLabel, start: "M") + curve(arrow.outOfLabel, start: "L")
            out.append(
                "<path class=\"flowchart-arrow\" data-from=\"\(escape(arrow.from))\" data-to=\"\(escape(arrow.to))\""
                    + " d=\"\(path)\" fill=\"none\" stroke=\"#505a5f\" stroke-width=\"2\" marker-end=\"url(#\(id)-arrowhead)\"/>")
        }
        out.append("</g>")
        out.append("<g class=\"flowchart-nodes\">")
        for box in layout.boxes {
            out.append(contentsOf: node(box))
        }
        out.append("</g>")
        out.append("<g class=\"flowchart-answers\" font-size=\"\(number(Metrics.labelFontSize))\" font-weight=\"bold\">")
        for arrow in layout.arrows {
            let frame = arrow.labelFrame
            let lines = arrow.labelLines.enumerated().map { index, line in
                let baseline = frame.y + Metrics.labelPadY + Metrics.labelFontSize + Double(index) * Metrics.labelLineHeight
                return "<tspan x=\"\(number(frame.midX))\" y=\"\(number(baseline))\">\(escape(line))</tspan>"
            }
            out.append(
                "<g class=\"flowchart-answer\">"
                    + "<rect x=\"\(number(frame.x))\" y=\"\(number(frame.y))\" width=\"\(number(frame.width))\" height=\"\(number(frame.height))\" rx=\"3\" fill=\"#ffffff\"/>"
                    + "<text text-anchor=\"middle\">\(lines.joined())</text>"
                    + "</g>")
        }
        out.append("</g>")
        out.append("</svg>")
        return out.joined(separator: "\n") + "\n"
    }

    /// A cubic Bézier spline as SVG path commands, begun with `start` ("M" or "L") to its first point.
    private func curve(_ points: [FlowchartGeometry.Point], start: String) -> String {
        guard let first = points.first else { return "" }
        var path = start + "\(number(first.x)) \(number(first.y))"
        for piece in stride(from: 1, to: points.count - 2, by: 3) {
            path += "C" + points[piece..<piece + 3].map { "\(number($0.x)) \(number($0.y))" }.joined(separator: " ")
        }
        return path
    }

    private func node(_ box: FlowchartGeometry.Box) -> [String] {
        typealias Metrics = FlowchartMetrics
        let frame = box.frame
        var out: [String] = []
        let bold: String
        switch box.node {
        case .question(let question):
            out.append("<g class=\"flowchart-node flowchart-question\" data-node=\"\(escape(question.id))\">")
            out.append(
                "<rect x=\"\(number(frame.x))\" y=\"\(number(frame.y))\" width=\"\(number(frame.width))\" height=\"\(number(frame.height))\""
                    + " rx=\"\(number(Metrics.questionCornerRadius))\" fill=\"#ffffff\" stroke=\"#0b0c0c\" stroke-width=\"2\"/>")
            bold = ""
        case .outcome(let outcome):
            let kind = escape(outcome.kind.rawValue)
            let colours = Self.colours[outcome.kind] ?? (fill: "#f3f2f1", stroke: "#0b0c0c")
            out.append("<g class=\"flowchart-node flowchart-outcome outcome-\(kind)\" data-node=\"\(escape(outcome.id))\">")
            let inset = Metrics.outcomeInset
            let middle = frame.y + frame.height / 2
            let corners = [
                (frame.x + inset, frame.y), (frame.maxX - inset, frame.y), (frame.maxX, middle),
                (frame.maxX - inset, frame.maxY), (frame.x + inset, frame.maxY), (frame.x, middle),
            ].map { "\(number($0.0)),\(number($0.1))" }.joined(separator: " ")
            out.append("<polygon points=\"\(corners)\" fill=\"\(colours.fill)\" stroke=\"\(colours.stroke)\" stroke-width=\"3\"/>")
            bold = " font-weight=\"bold\""
        }
        let centre = number(frame.x + frame.width / 2)
        let lines = box.lines.enumerated().map { index, line in
            "<tspan x=\"\(centre)\" y=\"\(number(frame.y + Metrics.padY + Metrics.fontSize + Double(index) * Metrics.lineHeight))\">\(escape(line))</tspan>"
        }
        out.append("<text text-anchor=\"middle\"\(bold)>\(lines.joined())</text>")
        out.append("</g>")
        return out
    }

    /// Default colours (GOV.UK palette) for the built-in outcome kinds; CSS may override them.
    private static let colours: [FlowchartOutcomeKind: (fill: String, stroke: String)] = [
        .share: ("#cce2d8", "#00703c"),
        .doNotShare: ("#f6d7d2", "#d4351c"),
        .seekAdvice: ("#fff7bf", "#594d00"),
    ]

    /// The whole flow in sentences, for screen readers that read the image's description.
    private var description: String {
        let sentences = flowchart.questions.map { question in
            let answers = question.answers.map { answer -> String in
                switch flowchart.node(answer.next) {
                case .question(let next)?: "\(answer.label): go to \u{201C}\(next.text)\u{201D}"
                case .outcome(let outcome)?: "\(answer.label): \(outcome.title)"
                case nil: "\(answer.label): \(answer.next)"
                }
            }
            return "\u{201C}\(question.text)\u{201D} \(answers.joined(separator: "; "))."
        }
        let start = flowchart.node(flowchart.start)?.text ?? flowchart.start
        return (["Flowchart starting at \u{201C}\(start)\u{201D}."] + sentences).joined(separator: " ")
    }
}

/// Text and attribute values escaped for XML.
private func escape(_ text: String) -> String {
    HTMLEscaping.attribute(text)
}

/// A coordinate with at most one decimal place and no trailing zeros, the same on every machine
/// and in every locale.
private func number(_ value: Double) -> String {
    let tenths = Int((value * 10).rounded())
    let sign = tenths < 0 ? "-" : ""
    let whole = abs(tenths) / 10
    let fraction = abs(tenths) % 10
    return sign + String(whole) + (fraction == 0 ? "" : "." + String(fraction))
}
