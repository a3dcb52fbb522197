import Foundation

/// What the search page searches: one document per listed briefing (a withdrawn one is left out,
/// as it is from every list), written as `search/briefings.HASH.js`, a script that sets
/// `window.briefingSearchData`. A script and not a JSON file, so that a page opened from disk can
/// load it (`fetch()` of a `file://` address is refused). `templates/search.js` builds lunr's
/// index from it when the page loads.
///
/// Each document holds what results show (title, address, summary, status, topics) and what is
/// searched besides: audiences, the decision aids' questions, hints and outcomes, and the
/// briefing's words, each once (`SearchWords`), not its whole text. Documents are in the order of
/// the briefings (title, then slug) and keys are sorted, so two builds write the same bytes.
public struct SearchData: Sendable {
    /// One briefing as the search page sees it.
    public struct Document: Encodable, Sendable, Equatable {
        public var title: String
        /// The briefing's page, from the site's root.
        public var url: String
        public var summary: String
        /// "Replaced" or "Under review", as the lists tag them.
        public var status: String?
        public var topics: [String]
        public var audiences: [String]
        /// Each decision aid's title, questions, hints and outcomes, one per line.
        public var questions: String
        /// Every word of the briefing once, sorted, separated by spaces.
        public var words: String
    }

    public var documents: [Document]

    /// The documents of `briefings`, in their order.
    public init(_ briefings: [Briefing]) {
        documents = briefings.map(LibraryEntry.init).filter(\.isListed).map { entry in
            let briefing = entry.briefing
            let flowcharts = briefing.description?.flowcharts ?? []
            let questions = flowcharts.flatMap { flowchart in
                [flowchart.title] + flowchart.questions.flatMap { [$0.text] + ($0.hint.map { [$0] } ?? []) }
                    + flowchart.outcomes.map(\.title)
            }
            return Document(
                title: briefing.title, url: SitePaths.briefing(briefing.slug), summary: entry.summary,
                status: entry.statusText, topics: briefing.description?.topics.map(\.name) ?? [],
                audiences: briefing.description?.audiences.map(\.name) ?? [],
                questions: questions.joined(separator: "\n"), words: briefing.words)
        }
    }

    /// The script that carries the documents, published at `SitePaths.searchData(hash:)`.
    public func script() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return Data("window.briefingSearchData = ".utf8) + (try encoder.encode(documents)) + Data(";\n".utf8)
    }
}
