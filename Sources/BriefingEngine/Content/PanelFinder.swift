/// The one place a panel named in Swift is found in a briefing's Markdown: a flowchart's panel
/// (its title), the panel of rules (`rulesPanel:` in the description), and any other panel a
/// description names. A name is the heading's text as written after `## ` or the heading's id
/// (its slug, as in the page's address: `the-7-golden-rules`). Nothing is guessed from what a
/// heading says; when no panel has the name, the hint names the nearest heading, so a typo is
/// one edit from fixed.
struct PanelFinder {
    let panels: [Briefing.Panel]
    /// The Markdown file, as printed in diagnostics (`content/information-sharing.md`).
    let file: String

    /// The panel headed `name`, or else the panel whose id is `name`.
    func panel(named name: String) -> Briefing.Panel? {
        panels.first { $0.title == name } ?? panels.first { $0.id == name }
    }

    /// The panel whose heading or id is closest to `name` (fewest letters to change, ignoring case).
    func nearest(to name: String) -> Briefing.Panel? {
        let wanted = Array(name.lowercased())
        return panels.min { first, second in
            distance(first, wanted) < distance(second, wanted)
        }
    }

    /// What to do when no panel is named `name`: correct the name to the nearest heading, or add
    /// a panel headed `name` to the Markdown.
    func hint(forMissing name: String) -> String {
        guard let nearest = nearest(to: name) else {
            return "the briefing has no panels: add '## \(name)' to \(file)"
        }
        return "the nearest heading is '## \(nearest.title)' (\(nearest.location)): use that name, or add '## \(name)' to \(file)"
    }

    private func distance(_ panel: Briefing.Panel, _ wanted: [Character]) -> Int {
        min(Self.editDistance(Array(panel.title.lowercased()), wanted), Self.editDistance(Array(panel.id), wanted))
    }

    /// Levenshtein distance: the fewest insertions, deletions and substitutions from `a` to `b`.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }
}
