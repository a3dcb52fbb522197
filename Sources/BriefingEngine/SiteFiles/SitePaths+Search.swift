/// Where the search page and its data live.
extension SitePaths {
    public static let search = "search/index.html"

    /// The search data, named by a hash of its bytes so a browser never searches a stale copy.
    public static func searchData(hash: String) -> String { "search/briefings.\(hash).js" }
}
