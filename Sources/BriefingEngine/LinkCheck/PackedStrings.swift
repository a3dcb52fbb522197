/// Many short strings kept in one buffer, for the link check, which holds every page's ids and
/// links until the last page is made: at 10,000 briefings that is over a million strings, and one
/// allocation per page instead of one per string is most of the build's memory saved.
struct PackedStrings: Sendable {
    private var bytes: [UInt8] = []
    private var ends: [UInt32] = []

    init() {}

    /// `strings` in the order of their UTF-8 bytes, each once, so that `containsSorted` can search them.
    init(sortedUnique strings: some Sequence<String>) {
        for string in Set(strings).sorted(by: { $0.utf8.lexicographicallyPrecedes($1.utf8) }) { append(string) }
    }

    var count: Int { ends.count }

    mutating func append(_ string: String) {
        bytes += string.utf8
        ends.append(UInt32(bytes.count))
    }

    subscript(index: Int) -> String {
        String(decoding: utf8(index), as: UTF8.self)
    }

    private func utf8(_ index: Int) -> ArraySlice<UInt8> {
        bytes[(index == 0 ? 0 : Int(ends[index - 1]))..<Int(ends[index])]
    }

    /// Whether `string` is one of strings made by `init(sortedUnique:)` (a binary search).
    func containsSorted(_ string: String) -> Bool {
        let target = Array(string.utf8)
        var low = 0
        var high = count
        while low < high {
            let middle = (low + high) / 2
            let candidate = utf8(middle)
            if candidate.elementsEqual(target) { return true }
            if candidate.lexicographicallyPrecedes(target) { low = middle + 1 } else { high = middle }
        }
        return false
    }
}
