import BriefingPreview
import Foundation
import Testing

/// The preview over real HTTP on loopback: types, index pages, 404, the policy header, the reload
/// script added to pages but never to the folder, the error page, and bad requests.
@Suite(.serialized) final class PreviewServerTests {
    let folder: URL
    let site: URL
    let state = PreviewState()

    init() throws {
        folder = try PreviewFolder.make()
        site = folder.appendingPathComponent("site")
        let files: [String: String] = [
            "index.html": Self.page("Home"), "404.html": Self.page("Page not found"),
            "briefings/a/index.html": Self.page("Briefing A"),
            "assets/site.1.css": "body{}", "assets/wizard.2.js": "1;", "briefings/a/d.svg": "<svg/>",
            "data.json": "{}", "feed.xml": "<feed/>", "files/leaflet.pdf": "%PDF-1.4",
        ]
        for (path, text) in files {
            let url = site.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: url)
        }
    }

    deinit {
        PreviewFolder.remove(folder)
    }

    static func page(_ title: String) -> String {
        """
        <!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
        <meta http-equiv="Content-Security-Policy" content="\(ContentSecurityPolicy.strict)">
        <title>\(title)</title></head><body><h1>\(title)</h1></body></html>
        """
    }

    func withServer(_ body: (RawHTTP) async throws -> Void) async throws {
        await state.show(.site(build: "b1", policy: ContentSecurityPolicy.strict))
        let server = try await PreviewServer.start(host: "127.0.0.1", port: 0, responder: PreviewResponder(folder: ServedFolder(site), state: state))
        do {
            try await body(RawHTTP(port: server.port))
        } catch {
            await server.stop()
            throw error
        }
        await server.stop()
    }

    static let types = [
        ("/", "text/html; charset=utf-8"), ("/briefings/a/", "text/html; charset=utf-8"),
        ("/assets/site.1.css", "text/css; charset=utf-8"), ("/assets/wizard.2.js", "text/javascript; charset=utf-8"),
        ("/briefings/a/d.svg", "image/svg+xml"), ("/data.json", "application/json"), ("/feed.xml", "application/xml"),
        ("/files/leaflet.pdf", "application/pdf"), ("/_briefing/reload.js", "text/javascript; charset=utf-8"),
    ]

    @Test func eachKindOfFileHasItsType() async throws {
        try await withServer { http in
            for (path, type) in Self.types {
                let response = try #require(await http.get(path), "\(path)")
                #expect(response.status == 200, "\(path)")
                #expect(response.headers["content-type"] == type, "\(path)")
                #expect(response.headers["content-security-policy"] == ContentSecurityPolicy.strict, "\(path)")
                #expect(response.headers["x-content-type-options"] == "nosniff", "\(path)")
            }
        }
    }

    @Test func pagesCarryTheReloadScriptButTheFolderDoesNot() async throws {
        let before = try Data(contentsOf: site.appendingPathComponent("index.html"))
        try await withServer { http in
            let page = try #require(await http.get("/"))
            #expect(page.text.contains(#"<script src="/_briefing/reload.js" data-build="b1" defer></script>"#))
            #expect(page.text.contains("<h1>Home</h1>"))
        }
        #expect(try Data(contentsOf: site.appendingPathComponent("index.html")) == before)
    }

    static let notFound = [
        "/missing.html", "/../../etc/passwd", "/%2e%2e/%2e%2e/etc/passwd", "/briefings/%2E%2E/%2E%2E/etc/passwd",
        "/..%2f..%2fetc/passwd", "/.briefing-site", "/_briefing/other",
    ]

    @Test func missingOrOutsideIsTheNotFoundPage() async throws {
        try await withServer { http in
            for path in Self.notFound {
                let response = try #require(await http.get(path), "\(path)")
                #expect(response.status == 404, "\(path)")
                #expect(response.text.contains("Page not found"), "\(path)")
                #expect(!response.text.contains("root:"), "\(path)")
            }
        }
    }

    @Test func aFolderWithoutItsSlashIsRedirected() async throws {
        try await withServer { http in
            let response = try #require(await http.get("/briefings/a"))
            #expect(response.status == 301)
            #expect(response.headers["location"] == "/briefings/a/")
        }
    }

    @Test func aFailedBuildShowsTheErrorPageWithStatus500InPlaceOfEveryPage() async throws {
        try await withServer { http in
            let page = ErrorPage.render(
                heading: "The site did not build", summary: "1 error",
                diagnostics: ["templates/layout.mustache:3:5: error: unclosed <tag>\n    {{#x}\n    ^\nhint: close it"],
                build: "f1", policy: ContentSecurityPolicy.strict)
            await state.show(.failure(build: "f1", page: page))
            for path in ["/", "/briefings/a/", "/missing.html"] {
                let response = try #require(await http.get(path))
                #expect(response.status == 500)
                #expect(response.text.contains("templates/layout.mustache:3:5: error: unclosed &lt;tag&gt;"))
            }
            // Files that are not pages still come from the last good build.
            #expect(await http.get("/assets/site.1.css")?.status == 200)
        }
    }

    /// FlyingFox reads a request's whole head before the preview sees it: while a 10 MB header
    /// is read (or never finished: FlyingFox 0.27.1 does not answer a header line over about 4 KB),
    /// other requests are served.
    @Test func aTenMegabyteHeaderDoesNotStopTheServer() async throws {
        try await withServer { http in
            let huge = "X-Huge: " + String(repeating: "a", count: 10 * 1024 * 1024) + "\r\n"
            let sender = Task { await http.get("/", extraHeaders: huge) }
            try await Task.sleep(for: .milliseconds(300))
            #expect(await http.get("/")?.status == 200)
            sender.cancel()
        }
    }

    @Test func headersOverTheLimitAreRefusedWith431() async throws {
        try await withServer { http in
            let count = PreviewResponder.headLimit / 100 + 10
            let many = (0..<count).map { "X-Header-\($0): " + String(repeating: "a", count: 85) + "\r\n" }.joined()
            #expect(await http.get("/", extraHeaders: many)?.status == 431)
            #expect(await http.get("/")?.status == 200)
        }
    }

    @Test func onlyGetAndHeadAreServed() async throws {
        try await withServer { http in
            #expect(await http.get("/", method: "POST")?.status == 405)
            let head = try #require(await http.get("/", method: "HEAD"))
            #expect(head.status == 200)
            #expect(head.body.isEmpty)
        }
    }

    @Test func aPortInUseIsAnErrorNamingIt() async throws {
        try await withServer { http in
            await #expect(throws: PreviewServer.BindFailure.self) {
                _ = try await PreviewServer.start(host: "127.0.0.1", port: http.port, responder: PreviewResponder(folder: ServedFolder(site), state: state))
            }
            do {
                _ = try await PreviewServer.start(host: "127.0.0.1", port: http.port, responder: PreviewResponder(folder: ServedFolder(site), state: state))
            } catch let failure as PreviewServer.BindFailure {
                #expect(failure.description.contains("port \(http.port)"))
                #expect(failure.description.contains("in use"))
            }
        }
    }
}
