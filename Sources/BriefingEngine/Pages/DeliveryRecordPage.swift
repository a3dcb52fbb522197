/// A briefing's "Record this session" page (`briefings/<slug>/record.html`), reached from the last
/// screen of present mode and from the briefing page: a form for the date, the team, the number
/// attending, the presenter, what the team will do differently and the follow-up, naming the
/// briefing, its edition and each flowchart's version. `templates/delivery-record.js` prints it,
/// copies it or downloads it as text; nothing typed is sent or stored. Without JavaScript the
/// browser's Print command prints the form as filled in.
enum DeliveryRecordPage {
    static func render(_ briefing: Briefing, layout: PageLayout) -> OutputFile {
        let flowcharts = briefing.panels.compactMap(\.flowchart).map { ["title": $0.title, "version": $0.version] }
        var record: [String: Any] = [
            "slug": briefing.slug, "title": briefing.title, "flowcharts": flowcharts, "hasFlowcharts": !flowcharts.isEmpty,
        ]
        if let edition = briefing.description?.edition { record["edition"] = edition }
        return layout.page(
            SitePaths.deliveryRecord(briefing.slug), template: "delivery-record", title: "Record this session: \(briefing.title)",
            context: [
                "record": record,
                "script": layout.assets["delivery_record_js"] ?? "",
                "stylesheet": layout.assets["wizard_css"] ?? "",
                "pageStylesheet": layout.assets["delivery_record_css"] ?? "",
            ],
            about: briefing)
    }
}
