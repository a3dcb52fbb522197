/// When a briefing is due for review: its sources were last checked on a day, and the site's
/// review interval says how many months they stay trusted. The clock is passed in, so the build
/// output never depends on today's date and the warning can be tested.
public struct ReviewSchedule: Sendable {
    public var intervalMonths: Int

    public init(intervalMonths: Int) {
        self.intervalMonths = intervalMonths
    }

    /// The day a review is due, `intervalMonths` after `lastChecked` (the last day of the month
    /// where that month is shorter).
    public func due(after lastChecked: CalendarDay) -> CalendarDay {
        let months = lastChecked.year * 12 + (lastChecked.month - 1) + intervalMonths
        let year = months / 12
        let month = months % 12 + 1
        let day = min(lastChecked.day, CalendarDay.daysIn(month: month, year: year))
        return CalendarDay(year: year, month: month, day: day)
    }

    /// A warning for each briefing whose review was due before `today`.
    public func warnings(for descriptions: [BriefingDescription], today: CalendarDay) -> [Diagnostic] {
        descriptions.compactMap { description in
            guard let text = description.sourcesLastChecked, let checked = CalendarDay(text) else { return nil }
            let due = due(after: checked)
            guard due < today else { return nil }
            return .warning(
                "briefing '\(description.slug)' was due for review on \(due) (sources last checked \(text))",
                at: description.location,
                hint: "check its sources against the current official advice, then set sourcesLastChecked to the day you did")
        }
    }
}
