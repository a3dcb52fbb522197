import Foundation

/// Reads back a file `briefing paths --json` wrote, for `briefing paths --compare`. Every way the
/// file can be wrong — unreadable, not JSON, not a paths file, another format version — is a
/// `Problem` saying so in words, never a crash or a stack trace.
public enum PathsFile {
    /// Why a file cannot be compared, and what to do.
    public struct Problem: Error, Sendable, CustomStringConvertible {
        public var message: String
        public var hint: String

        public var description: String { "error: \(message)\nhint: \(hint)" }
    }

    private static let remake = "make it with 'briefing paths --json > before.json' before the change"

    public static func read(_ url: URL, displayName name: String) throws -> [PathsDocument] {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw Problem(message: "cannot read \(name): \((error as NSError).localizedDescription)", hint: remake)
        }
        let parsed: Any
        do {
            parsed = try JSONSerialization.jsonObject(with: data)
        } catch {
            let detail = (error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String ?? "it does not parse"
            throw Problem(message: "\(name) is not JSON: \(detail)", hint: remake)
        }
        guard let list = parsed as? [Any], list.allSatisfy({ $0 is [String: Any] }) else {
            throw Problem(message: "\(name) is JSON but not a paths file: 'briefing paths --json' writes a list of flowcharts", hint: remake)
        }
        for case let document as [String: Any] in list {
            switch document["format"] {
            case let format as Int where format == PathsDocument.currentFormat:
                continue
            case let format as Int:
                throw Problem(
                    message: "\(name) is in paths format \(format), and this version of briefing reads format \(PathsDocument.currentFormat)",
                    hint: "make the file again with this version of the tool (check out the old content, run 'briefing paths --json'), then compare")
            default:
                throw Problem(
                    message: "\(name) has a flowchart without a format number: it was written by an older version of briefing, or by hand",
                    hint: remake)
            }
        }
        do {
            return try JSONDecoder().decode([PathsDocument].self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw Problem(message: "\(name) is missing '\(key.stringValue)' at \(path(context.codingPath))", hint: remake)
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw Problem(message: "\(name) has a value of the wrong type at \(path(context.codingPath))", hint: remake)
        } catch {
            throw Problem(message: "\(name) is not a paths file: \(error.localizedDescription)", hint: remake)
        }
    }

    /// `[0].paths[2].outcome`: where in the file a decoding problem is.
    private static func path(_ codingPath: [CodingKey]) -> String {
        let text = codingPath.map { key in key.intValue.map { "[\($0)]" } ?? ".\(key.stringValue)" }.joined()
        return text.isEmpty ? "the top level" : String(text.drop { $0 == "." })
    }
}
