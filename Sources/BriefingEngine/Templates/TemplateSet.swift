import Foundation
import Mustache

/// The site's look: every `*.mustache` file in `templates/`, parsed once and checked before any
/// page is rendered. swift-mustache renders a missing partial as empty text, so the partials each
/// template names are checked here, and a missing or broken template fails the build at its
/// `templates/FILE:LINE:COL`.
public struct TemplateSet: Sendable {
    /// The templates every build needs, by name (the file name without `.mustache`): every page
    /// kind's, and the partials the engine renders on their own (the decision aid's questions,
    /// outcomes and answers, for its data file). A new page kind adds its template here.
    public static let required = [
        "layout", "index", "listing", "briefing", "print", "present", "delivery-record", "references", "404",
        "wizard-start", "wizard-step", "sign-off", "practice", "search",
        "partials/wizard-question", "partials/wizard-outcome", "partials/wizard-answer",
    ]

    public let library: MustacheLibrary
    public let names: Set<String>

    /// Loads and checks every template in `directory`, reporting all problems at once.
    /// - Parameter displayName: how the folder is named in diagnostics (for example `templates`).
    public init(directory: URL, displayName: String, required: [String] = TemplateSet.required) throws {
        var sources: [String: (path: String, text: String)] = [:]
        var diagnostics: [Diagnostic] = []
        var unreadable: Set<String> = []
        for relativePath in TemplateSet.files(in: directory, withExtension: "mustache") {
            let displayPath = displayName + "/" + relativePath
            guard let data = FileManager.default.contents(atPath: directory.appendingPathComponent(relativePath).path) else {
                diagnostics.append(.error("cannot read the template", at: SourceLocation(file: displayPath), hint: "check its permissions"))
                unreadable.insert(String(relativePath.dropLast(".mustache".count)))
                continue
            }
            if let problem = UndecodableText.find(in: data) {
                diagnostics.append(problem.error(file: displayPath))
                unreadable.insert(String(relativePath.dropLast(".mustache".count)))
                continue
            }
            let text = String(decoding: data, as: UTF8.self)
            sources[String(relativePath.dropLast(".mustache".count))] = (displayPath, text)
        }
        var library = MustacheLibrary()
        TemplateEscaping.registered
        for (name, source) in sources.sorted(by: { $0.key < $1.key }) {
            do {
                library.register(try MustacheTemplate(string: TemplateEscaping.pragma + source.text), named: name)
            } catch let error as MustacheTemplate.ParserError {
                if let unclosed = UnclosedSection.find(in: source.text, file: source.path) {
                    diagnostics.append(unclosed)
                    continue
                }
                diagnostics.append(.error(
                    TemplateSet.describe(error.error),
                    at: SourceLocation(file: source.path, line: error.context.lineNumber - 1, column: error.context.columnNumber),
                    hint: "check that every {{#section}} and {{^section}} has a matching {{/section}} and every tag closes with }}",
                    sourceLine: error.context.line))
            } catch {
                diagnostics.append(.error("cannot parse the template: \(error)", at: SourceLocation(file: source.path)))
            }
            // The text's tags, read once for the three checks below.
            let tags = MustacheTag.all(in: source.text)
            for tag in RawValueTag.unsafe(among: tags) {
                diagnostics.append(.error(
                    "'\(tag.name)' is inserted without escaping, so text in it would become live markup",
                    at: SourceLocation(file: source.path, line: tag.line, column: tag.column),
                    hint: "write {{\(tag.name)}}; only values the engine makes as HTML (names ending in HTML or SVG, and content, html, json) may be inserted raw",
                    sourceLine: tag.sourceLine))
            }
            for tag in tags where tag.sigil == "%" || tag.sigil == "=" {
                diagnostics.append(.error(
                    tag.sigil == "%"
                        ? "a template cannot choose how values are escaped: the engine escapes every {{value}} as HTML"
                        : "a template cannot change the {{ }} delimiters: the engine checks partials, raw values and sections by them",
                    at: SourceLocation(file: source.path, line: tag.line, column: tag.column),
                    hint: "remove this tag", sourceLine: tag.sourceLine))
            }
            for reference in PartialReference.all(among: tags) where sources[reference.name] == nil {
                diagnostics.append(.error(
                    "the partial '\(reference.name)' does not exist",
                    at: SourceLocation(file: source.path, line: reference.line, column: reference.column),
                    hint: "create \(displayName)/\(reference.name).mustache or correct the name",
                    sourceLine: reference.sourceLine))
            }
        }
        for name in required where sources[name] == nil && !unreadable.contains(name) {
            diagnostics.append(.error(
                "the template '\(name)' is missing", at: SourceLocation(file: "\(displayName)/\(name).mustache"),
                hint: "every site needs \(required.map { $0 + ".mustache" }.joined(separator: ", ")); restore it from git"))
        }
        try diagnostics.throwIfErrors()
        self.library = library
        self.names = Set(sources.keys)
    }

    /// Renders the template `name` with `context`. The name was checked at load.
    public func render(_ name: String, _ context: [String: Any]) -> String {
        library.render(context, withTemplate: name) ?? ""
    }

    /// Sorted paths, relative to `directory`, of the files with this extension below it.
    static func files(in directory: URL, withExtension pathExtension: String) -> [String] {
        let base = directory.standardizedFileURL.path
        guard let enumerator = FileManager.default.enumerator(
            at: directory, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles])
        else { return [] }
        var paths: [String] = []
        for case let url as URL in enumerator where url.pathExtension == pathExtension {
            paths.append(String(url.standardizedFileURL.path.dropFirst(base.count + 1)))
        }
        return paths.sorted()
    }

    private static func describe(_ error: Error) -> String {
        switch error {
        case MustacheTemplate.Error.sectionCloseNameIncorrect: return "this closing tag does not match the section it closes"
        case MustacheTemplate.Error.unfinishedName: return "this tag is not finished"
        case MustacheTemplate.Error.expectedSectionEnd: return "a section is opened but never closed"
        case MustacheTemplate.Error.invalidSetDelimiter: return "this set-delimiter tag is malformed"
        default: return "the template has a syntax error (\(error))"
        }
    }
}
