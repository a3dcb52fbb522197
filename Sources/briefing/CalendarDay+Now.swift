import BriefingEngine
import Foundation

extension CalendarDay {
    /// Today in UTC, from the system clock: used only for the review-date warning.
    static var now: CalendarDay { CalendarDay(secondsSince1970: Int(Date().timeIntervalSince1970)) }
}
