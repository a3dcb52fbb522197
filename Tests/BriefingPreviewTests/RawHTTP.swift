import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A bare HTTP/1.1 client for the tests: sends the request line exactly as written (no library
/// tidies `..` away or encodes it), over loopback, and reads until the server closes.
struct RawHTTP {
    struct Response {
        var status: Int
        var headers: [String: String]
        var body: Data
        var text: String { String(decoding: body, as: UTF8.self) }
    }

    let port: Int

    /// Sends `GET target` with `extraHeaders`, and reads the whole response (or nil when the
    /// server closed the connection without one). Gives up after 60 seconds (the whole Swift suite
    /// runs at once on two cores). The socket calls
    /// block, so they run on a thread of their own, never on the pool the server runs on.
    func get(_ target: String, method: String = "GET", extraHeaders: String = "") async -> Response? {
        let request = Data("\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1\r\n\(extraHeaders)Connection: close\r\n\r\n".utf8)
        let data: Data? = await withCheckedContinuation { done in
            Thread { done.resume(returning: exchange(request)) }.start()
        }
        return data.flatMap(RawHTTP.parse)
    }

    /// Writes the bytes and reads until the server closes; nil when nothing came back.
    func exchange(_ request: Data) -> Data? {
        let socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { return nil }
        defer { close(socket) }
        var timeout = timeval(tv_sec: 60, tv_usec: 0)
        setsockopt(socket, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(socket, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        // The server may answer and close before the whole request is sent: that is fine.
        _ = request.withUnsafeBytes { bytes -> Int in
            var sent = 0
            while sent < bytes.count {
                let n = send(socket, bytes.baseAddress! + sent, bytes.count - sent, Int32(MSG_NOSIGNAL))
                if n <= 0 { break }
                sent += n
            }
            return sent
        }
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = recv(socket, &buffer, buffer.count, 0)
            if n <= 0 { break }
            received.append(contentsOf: buffer[0..<n])
        }
        return received.isEmpty ? nil : received
    }

    static func parse(_ data: Data) -> Response? {
        guard let end = data.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: data[..<end.lowerBound], as: UTF8.self).components(separatedBy: "\r\n")
        guard let statusLine = head.first, let status = Int(statusLine.split(separator: " ").dropFirst().first ?? "") else { return nil }
        var headers: [String: String] = [:]
        for line in head.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        var body = Data(data[end.upperBound...])
        if headers["transfer-encoding"]?.lowercased() == "chunked" { body = dechunk(body) }
        return Response(status: status, headers: headers, body: body)
    }

    static func dechunk(_ data: Data) -> Data {
        var output = Data()
        var rest = data[...]
        while let lineEnd = rest.range(of: Data("\r\n".utf8)) {
            guard let size = Int(String(decoding: rest[..<lineEnd.lowerBound], as: UTF8.self).split(separator: ";")[0], radix: 16),
                  size > 0 else { break }
            let start = lineEnd.upperBound
            guard rest.distance(from: start, to: rest.endIndex) >= size else { break }
            let stop = rest.index(start, offsetBy: size)
            output.append(rest[start..<stop])
            let next = rest.index(stop, offsetBy: 2, limitedBy: rest.endIndex) ?? rest.endIndex
            rest = rest[next...]
        }
        return output
    }
}
