import Foundation

/// The files `briefing new` writes for a new briefing: its Markdown, with a 7-minute briefing's
/// usual seven panels as headings and a one-line prompt in each, and, when asked, a Swift file
/// describing it with a two-question starter flowchart that builds as it is. It never replaces a
/// file: every file is checked before any is written, so a refusal leaves nothing half made.
public struct BriefingStarter: Sendable {
    public var slug: String
    public var title: String
    public var flowchart: Bool

    /// - Parameter title: the briefing's title; from the slug when nil (`my-briefing` is "My briefing").
    public init(slug: String, title: String? = nil, flowchart: Bool = false) {
        self.slug = slug
        self.title = title ?? BriefingStarter.title(from: slug)
        self.flowchart = flowchart
    }

    /// What was made, and what the author does next.
    public struct Made: Sendable {
        /// The files written, relative to the content folder.
        public var files: [String]
        /// The Swift name of the description, to list in `briefings:` in `content/Site.swift`.
        public var descriptionName: String?
    }

    /// Writes the files into `content`. Throws a `BuildFailure` (nothing written) when the slug is
    /// not a valid one, or when the briefing or any of its files exists already.
    public func write(into content: URL, contentName: String, existingSlugs: Set<String>) throws -> Made {
        let location = SourceLocation(file: contentName + "/" + slug + ".md")
        guard Slug.isValid(slug) else {
            throw BuildFailure(.error(
                "\"\(slug)\" cannot be a briefing's name: use lower-case letters, digits and single hyphens",
                at: SourceLocation(file: slug),
                hint: "for example: briefing new \(BriefingStarter.suggestedSlug(slug))"), cause: .input)
        }
        if existingSlugs.contains(slug) {
            throw BuildFailure(.error(
                "a briefing named \(slug) is already described in \(contentName)/", at: location,
                hint: "choose another name, or edit the existing briefing"), cause: .output)
        }
        var files = [(slug + ".md", markdown)]
        if flowchart { files.append((typeName + ".swift", swiftDescription)) }
        for (name, _) in files where FileManager.default.fileExists(atPath: content.appendingPathComponent(name).path) {
            throw BuildFailure(.error(
                "\(contentName)/\(name) already exists; briefing new never replaces a file", at: SourceLocation(file: contentName + "/" + name),
                hint: "choose another name, or edit the existing file"), cause: .output)
        }
        var written: [String] = []
        for (name, text) in files {
            // O_EXCL through `.withoutOverwriting`: a file made meanwhile is still not replaced.
            do {
                try Data(text.utf8).write(to: content.appendingPathComponent(name), options: .withoutOverwriting)
                written.append(name)
            } catch {
                written.forEach { try? FileManager.default.removeItem(at: content.appendingPathComponent($0)) }
                throw BuildFailure(.error(
                    "cannot write \(contentName)/\(name): \(error.localizedDescription)", at: SourceLocation(file: contentName + "/" + name),
                    hint: "check that \(contentName)/ exists and can be written"), cause: .output)
            }
        }
        return Made(files: written, descriptionName: flowchart ? variableName : nil)
    }

    /// The Markdown: a comment on the format (not published: raw HTML is off), the title, a
    /// summary line, and seven panels, each with a prompt to replace.
    public var markdown: String {
        let flowchartNote = flowchart
            ? "\n  The panel \"What to do\" also shows the decision flowchart in \(typeName).swift.\n" : ""
        return """
            <!--
              A 7-minute briefing: about seven short panels, read aloud in a team meeting.
              The first "# heading" is the title. Every "## heading" starts a numbered panel.
              Replace each prompt with your own words; a panel should take about a minute to read.
              Link to another briefing with [its title](other-briefing.md), and to guidance in
              content/References.swift with [its title](ref:ID).
              This comment is not published.\(flowchartNote)-->

            # \(title)

            One sentence saying what this briefing is about and who it is for.

            ## Background

            What is this about, and why is the team hearing it now?

            ## Why it matters

            What happens to children and families when this goes well, and when it does not?

            ## Key point 1

            The first thing every practitioner should take away.

            ## Key point 2

            The second thing every practitioner should take away.

            ## Key point 3

            The third thing every practitioner should take away.

            ## Things to remember

            - A short reminder
            - Another short reminder

            ## What to do

            The steps to take, and who to contact for advice.

            """
    }

    /// The Swift description with its starter flowchart: two questions, three outcomes, worded
    /// as prompts to replace so that no one mistakes them for guidance.
    public var swiftDescription: String {
        """
        import BriefingEngine

        /// The questions and outcomes of "What to do", the flowchart of \(slug).md.
        enum \(typeName)Steps: String, FlowchartNodeID {
            case firstQuestion, secondQuestion
            case firstOutcome, secondOutcome, thirdOutcome
        }

        /// "What to do": drawn in the panel with that heading, and made into a decision aid.
        /// A starter with two questions: replace the wording with your own, add questions and outcomes.
        let \(variableName)Flowchart = Flowchart("What to do", id: "what-to-do", start: \(typeName)Steps.firstQuestion) {
            Question(.firstQuestion, "Replace with the first question?") {
                Answer("Yes", next: .secondQuestion)
                Answer("No", next: .firstOutcome)
            }
            Question(.secondQuestion, "Replace with the second question?") {
                Answer("Yes", next: .secondOutcome)
                Answer("No", next: .thirdOutcome)
            }
            Outcome(.firstOutcome, "Replace with the first outcome", kind: .seekAdvice) {
                "Replace with what to do, in Markdown."
            }
            Outcome(.secondOutcome, "Replace with the second outcome", kind: .seekAdvice) {
                "Replace with what to do, in Markdown."
            }
            Outcome(.thirdOutcome, "Replace with the third outcome", kind: .seekAdvice) {
                "Replace with what to do, in Markdown."
            }
        }

        /// What `\(slug).md` cannot say about itself: list `\(variableName)` in `briefings:` in Site.swift.
        let \(variableName) = BriefingDescription(
            "\(slug)",
            author: "Replace with the author's name",
            flowcharts: [\(variableName)Flowchart]
        )

        """
    }

    /// `my-briefing` is `MyBriefing` (a leading digit gets `Briefing` before it).
    public var typeName: String {
        let words = slug.split(separator: "-").map { $0.prefix(1).uppercased() + $0.dropFirst() }
        let name = words.joined()
        return name.first?.isNumber == true ? "Briefing" + name : name
    }

    /// `my-briefing` is `myBriefing`, `neglect` is `neglectBriefing`: ending in `Briefing`, so that
    /// it never shadows a name the site already has (`site`, `references`).
    public var variableName: String {
        let name = typeName.prefix(1).lowercased() + typeName.dropFirst()
        return name.hasSuffix("Briefing") ? name : name + "Briefing"
    }

    /// "My briefing" from `my-briefing`.
    static func title(from slug: String) -> String {
        let words = slug.split(separator: "-").joined(separator: " ")
        return words.prefix(1).uppercased() + words.dropFirst()
    }

    /// A valid slug close to what was typed: lower case, words joined by single hyphens.
    static func suggestedSlug(_ typed: String) -> String {
        let words = typed.lowercased().split { !($0.isASCII && ($0.isLetter || $0.isNumber)) }
        return words.isEmpty ? "my-briefing" : words.joined(separator: "-")
    }
}
