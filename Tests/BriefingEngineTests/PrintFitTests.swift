@testable import BriefingEngine
import Foundation
import SiteContent
import Testing

/// Whether a handout fits on one sheet of A4: by printing it with Chromium when there is one,
/// by counting its text when there is not; and the `briefing pdf` command.
@Suite("A handout too long for one page", .serialized)
struct PrintFitTests {
    static let chromium = ChromiumPrinter.find()

    /// A briefing of seven panels, each far longer than a handout's panel can be.
    static let overLong: String = {
        let sentence = "Practitioners should record what they shared, with whom, when and why, and talk it over with their manager. "
        let panels = (1...7).map { "## Panel \($0)\n\n" + String(repeating: sentence, count: 6) }
        return "# A briefing far too long\n\n" + panels.joined(separator: "\n\n")
    }()

    static func plan(_ fixture: Fixture, _ site: SiteDescription = SiteDescription(title: "Test site", tagline: "Tests.")) async throws -> [OutputFile] {
        try await SiteBuilder(site: site, configuration: fixture.configuration).plan().files
    }

    @Test("without Chromium, an over-long briefing is a warning naming it and how many characters over it is")
    func overLongByTextBudget() async throws {
        let fixture = try Fixture(briefings: ["long": Self.overLong, "short": "# Short\n\n## One\n\nA line."])
        defer { fixture.remove() }
        let warnings = HandoutFit(printer: nil).warnings(for: try await Self.plan(fixture))
        try #require(warnings.count == 1, "\(warnings)")
        let warning = warnings[0]
        #expect(warning.severity == .warning)
        #expect(warning.location.file == "content/long.md")
        let handout = HandoutFit.handout("long", page: try #require(try await Self.plan(fixture).first { $0.path == "briefings/long/print.html" }))
        let over = handout.characters - HandoutFit.Budget.standard.withoutDiagram
        #expect(over > 0)
        #expect(warning.message.hasPrefix(
            "the one-page handout of \u{201C}A briefing far too long\u{201D} is too long for one A4 page: \(handout.characters) characters, about \(over) ("))
        #expect(warning.hint?.contains("apt-get install chromium") == true)
        #expect(warning.description.hasPrefix("content/long.md:1:1: warning: "))
    }

    @Test("the text budget counts what is printed: title, panels and footer, not the flowchart's drawing")
    func textCount() {
        let html = """
            <html><head><title>Fish &amp; chips</title></head><body><p>Screen only</p>
            <article class="handout handout--with-diagram"><h1>Fish &amp; chips</h1>
            <svg class="flowchart" viewBox="0 0 1 1"><text>Drawing words</text></svg>
            <p>Two  words</p></article></body></html>
            """
        let handout = HandoutFit.handout("fish", page: OutputFile(path: "briefings/fish/print.html", text: html))
        #expect(handout.title == "Fish & chips")
        #expect(handout.characters == "Fish x chips Two words".count)
        #expect(handout.hasDiagram)
        #expect(HandoutFit(printer: nil).characterBudget(for: handout) == HandoutFit.Budget.standard.withDiagram)
    }

    @Test("the text a reader sees: tags and drawings are spaces, a character reference is one character, white space collapses",
          arguments: [
              (" <h2>Why</h2>\n\t<p>A&amp;B &#8217;s\u{00A0} x</p> ", "Why AxB xs x"),
              ("<p>one</p><svg viewBox=\"0 0 1 1\"><text>drawn</text></svg><p>two</p>", "one two"),
              ("<p>a &lt; b &nbsp c &; d</p>", "a x b &nbsp c &; d"),
              ("<svg><text>no end", "no end"),
          ])
    func visibleText(html: String, text: String) {
        #expect(HandoutFit.visibleText(of: html) == text)
    }

    @Test("the Information Sharing briefing fits its text budget with room to spare")
    func seedFitsTheBudget() async throws {
        let fixture = try Fixture(briefings: [:])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let files = try await Self.plan(fixture, SiteContent.site)
        #expect(HandoutFit(printer: nil).warnings(for: files).isEmpty)
        let page = try #require(files.first { $0.path == "briefings/information-sharing/print.html" })
        let handout = HandoutFit.handout("information-sharing", page: page)
        // Measured against the tighter budget (with the flowchart's column) whether or not it is drawn yet.
        #expect(Double(handout.characters) <= 0.95 * Double(HandoutFit.Budget.standard.withDiagram), "\(handout.characters) characters")
    }

    @Test("with Chromium, an over-long briefing prints on more than one page and is a warning; a short one is not",
          .enabled(if: chromium != nil, "needs Chromium: apt-get install chromium"))
    func overLongByPrinting() async throws {
        let fixture = try Fixture(briefings: ["long": Self.overLong, "short": "# Short\n\n## One\n\nA line."])
        defer { fixture.remove() }
        let warnings = HandoutFit(printer: Self.chromium).warnings(for: try await Self.plan(fixture))
        try #require(warnings.count == 1, "\(warnings)")
        #expect(warnings[0].location.file == "content/long.md")
        #expect(warnings[0].message.hasPrefix("the one-page handout of \u{201C}A briefing far too long\u{201D} prints on "))
        #expect(warnings[0].message.contains(" A4 pages, "))
        #expect(warnings[0].message.contains(" too many"))
        #expect(warnings[0].hint?.hasPrefix("cut about ") == true)
    }

    @Test("with Chromium, the Information Sharing handout prints on exactly one A4 page titled with its title",
          .enabled(if: chromium != nil, "needs Chromium: apt-get install chromium"))
    func seedPrintsOnOnePage() async throws {
        let fixture = try Fixture(briefings: [:])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        _ = try await SiteBuilder(site: SiteContent.site, configuration: fixture.configuration).build()
        let printer = try #require(Self.chromium)
        let pdf = try printer.printPDF(of: fixture.site.appendingPathComponent("briefings/information-sharing/print.html"))
        #expect(try PDFPageCount.count(in: pdf) == 1)
        let text = String(decoding: pdf, as: UTF8.self)
        #expect(text.contains("/Title (7 minutes briefing: Information Sharing)") || text.contains("/Title <FEFF"),
                "the PDF's title is the briefing's")
    }

    /// A one-page PDF whose page's text mentions `/Count 7`, and whose page tree is written last.
    static let misleadingPDF: Data = {
        let stream = "BT /F1 12 Tf 72 720 Td (<< /Type /Pages /Count 7 >>) Tj ET"
        let objects = [
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
            "<< /Length \(stream.utf8.count) >>\nstream\n\(stream)\nendstream",
        ]
        var pdf = "%PDF-1.4\n"
        var offsets: [Int] = []
        for (index, object) in objects.enumerated() {
            offsets.append(pdf.utf8.count)
            pdf += "\(index + 1) 0 obj\n\(object)\nendobj\n"
        }
        let xref = pdf.utf8.count
        pdf += "xref\n0 \(objects.count + 1)\n0000000000 65535 f \n"
        pdf += offsets.map { String(repeating: "0", count: 10 - String($0).count) + String($0) + " 00000 n \n" }.joined()
        pdf += "trailer\n<< /Size \(objects.count + 1) /Root 1 0 R >>\nstartxref\n\(xref)\n%%EOF\n"
        return Data(pdf.utf8)
    }()

    @Test("a PDF's pages are counted by poppler's pdfinfo, not by scanning its bytes for /Count",
          .enabled(if: PDFPageCount.pdfinfo() != nil, "needs pdfinfo: apt-get install poppler-utils"))
    func pageCount() throws {
        #expect(try PDFPageCount.count(in: Self.misleadingPDF) == 1)
        #expect(throws: PrintFailure.self) { try PDFPageCount.count(in: Data("not a pdf".utf8)) }
    }

    /// A stand-in for Chromium that notes each call in `calls` and then sleeps for a minute.
    static func slowPrinter(in fixture: Fixture) throws -> (printer: ChromiumPrinter, calls: URL) {
        let calls = fixture.root.appendingPathComponent("calls.txt")
        let script = fixture.root.appendingPathComponent("slow-chromium")
        try fixture.write("slow-chromium", "#!/bin/sh\necho called >> '\(calls.path)'\nexec sleep 60\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: script.path)
        return (ChromiumPrinter(executable: script, timeout: 1), calls)
    }

    @Test("a handout far over its budget is not printed: the count is warning enough")
    func farTooLongIsNotPrinted() async throws {
        let huge = "# Huge\n\n" + (1...7).map { "## Panel \($0)\n\n" + String(repeating: "A sentence long enough to fill a line. ", count: 200) }.joined(separator: "\n\n")
        let fixture = try Fixture(briefings: ["huge": huge])
        defer { fixture.remove() }
        let (printer, calls) = try Self.slowPrinter(in: fixture)
        let warnings = HandoutFit(printer: printer).warnings(for: try await Self.plan(fixture))
        #expect(!FileManager.default.fileExists(atPath: calls.path), "Chromium was started for a handout far too long")
        try #require(warnings.count == 1, "\(warnings)")
        #expect(warnings[0].message.contains("is too long for one A4 page: "))
    }

    @Test("a handout that cannot be printed in time is measured by its text, and the warning gives the figures")
    func printingTooSlowFallsBackToTheEstimate() async throws {
        let fixture = try Fixture(briefings: ["long": Self.overLong])
        defer { fixture.remove() }
        let (printer, calls) = try Self.slowPrinter(in: fixture)
        let warnings = HandoutFit(printer: printer).warnings(for: try await Self.plan(fixture))
        #expect(FileManager.default.fileExists(atPath: calls.path))
        try #require(warnings.count == 1, "\(warnings)")
        #expect(warnings[0].message.contains("is too long for one A4 page: "))
        #expect(warnings[0].hint?.contains("did not finish printing print.html within 1 s") == true, "\(warnings[0])")
        #expect(HandoutFit(printer: ChromiumPrinter(executable: printer.executable)).printer?.timeout == HandoutFit.printTimeout)
    }

    @Test("BRIEFING_CHROMIUM chooses the browser, and naming none means there is none")
    func findChromium() {
        #expect(ChromiumPrinter.find(environment: ["BRIEFING_CHROMIUM": "/nonexistent/chromium"]) == nil)
        #expect(ChromiumPrinter.find(environment: ["BRIEFING_CHROMIUM": "/bin/sh"])?.executable.path == "/bin/sh")
        #expect(ChromiumPrinter.find(environment: ["PATH": "/nonexistent"])?.executable.path
            == (FileManager.default.isExecutableFile(atPath: "/usr/bin/chromium") ? "/usr/bin/chromium" : nil))
    }

    @Test("briefing check warns about an over-long handout, naming the briefing, and still exits 0")
    func checkCommandWarns() throws {
        let fixture = try Fixture(briefings: [:])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        try fixture.write("content/long.md", Self.overLong)
        let result = try runBriefing(["check"], in: fixture.root, environment: ["BRIEFING_CHROMIUM": "/nonexistent"])
        #expect(result.status == 0, "\(result.output)")
        #expect(!result.output.contains("content/information-sharing.md:1:1: warning:"))
        #expect(result.output.contains("content/long.md:1:1: warning: the one-page handout of \u{201C}A briefing far too long\u{201D} is too long for one A4 page"))
        #expect(result.output.contains("note: Chromium was not found"))
    }

    @Test("briefing pdf without Chromium builds the site, says what to install and exits 3")
    func pdfWithoutChromium() throws {
        let fixture = try Fixture(briefings: [:])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let result = try runBriefing(["pdf"], in: fixture.root, environment: ["BRIEFING_CHROMIUM": "/nonexistent"])
        #expect(result.status == 3)
        #expect(result.output.contains("apt-get install chromium"))
        #expect(FileManager.default.fileExists(atPath: fixture.site.appendingPathComponent("briefings/information-sharing/print.html").path))
        #expect(!FileManager.default.fileExists(atPath: fixture.root.appendingPathComponent("pdf").path))
    }

    @Test("briefing pdf prints each handout to pdf/<slug>.pdf, one A4 page each",
          .enabled(if: chromium != nil, "needs Chromium: apt-get install chromium"))
    func pdfCommand() throws {
        let fixture = try Fixture(briefings: [:])
        defer { fixture.remove() }
        try fixture.copyRealContent()
        let result = try runBriefing(["pdf"], in: fixture.root, environment: [:])
        #expect(result.status == 0, "\(result.output)")
        let pdf = try Data(contentsOf: fixture.root.appendingPathComponent("pdf/information-sharing.pdf"))
        #expect(pdf.starts(with: Data("%PDF-".utf8)))
        #expect(try PDFPageCount.count(in: pdf) == 1)
        #expect(!FileManager.default.fileExists(atPath: fixture.site.appendingPathComponent("information-sharing.pdf").path))
    }
}

/// Runs the built `briefing` executable in `folder` with extra environment variables; returns
/// its exit status and everything it wrote.
private func runBriefing(_ arguments: [String], in folder: URL, environment: [String: String]) throws -> (status: Int32, output: String) {
    let found = try Fixture.briefingExecutable()
    let log = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-output-\(UUID().uuidString)")
    _ = FileManager.default.createFile(atPath: log.path, contents: nil)
    defer { try? FileManager.default.removeItem(at: log) }
    let process = Process()
    process.executableURL = found
    process.arguments = arguments
    process.currentDirectoryURL = folder
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
    process.standardOutput = try FileHandle(forWritingTo: log)
    process.standardError = process.standardOutput
    try process.run()
    process.waitUntilExit()
    return (process.terminationStatus, String(decoding: try Data(contentsOf: log), as: UTF8.self))
}
