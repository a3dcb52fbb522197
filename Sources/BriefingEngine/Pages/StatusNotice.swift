/// The notice at the top of every page about a briefing (its page, handout and decision-aid pages)
/// when it should not be relied on without a warning: the advice it follows has a newer edition,
/// or it is under review, superseded or withdrawn. Values for `partials/status-notice.mustache`;
/// nil when there is nothing to say.
enum StatusNotice {
    static func values(_ briefing: Briefing, titles: [String: String]) -> [String: Any]? {
        guard let description = briefing.description else { return nil }
        var values: [String: Any] = [:]
        if let newer = description.replacedEdition {
            var edition: [String: Any] = ["newer": newer.newer, "since": newer.since.readableDay, "address": newer.address]
            if let followed = description.edition { edition["followed"] = followed }
            values["replacedEdition"] = edition
        }
        switch description.status {
        case .current: break
        case .underReview(let since):
            values["underReview"] = since.map { ["since": $0.readableDay] } ?? [:]
        case .withdrawn(let since, let reason):
            values["withdrawn"] = ["since": since.readableDay, "reason": reason as Any].compactMapValues { $0 is String ? $0 : nil }
        case .superseded(let replacement, let since):
            switch replacement {
            case .briefing(let slug):
                values["superseded"] = [
                    "since": since.readableDay, "title": titles[slug] ?? slug, "briefingURL": SitePaths.briefing(slug),
                ]
            case .publication(let title, let address):
                values["superseded"] = ["since": since.readableDay, "title": title, "address": address]
            }
        }
        return values.isEmpty ? nil : values
    }
}

extension String {
    /// `2024-04-19` as a reader says it, `19 April 2024`; the text itself when it is not a day.
    var readableDay: String {
        guard let day = CalendarDay(self) else { return self }
        let months = ["January", "February", "March", "April", "May", "June", "July", "August",
                      "September", "October", "November", "December"]
        return "\(day.day) \(months[day.month - 1]) \(day.year)"
    }
}
