import Dispatch

extension Array where Element: Sendable {
    /// `map(transform)` run on every core: the same results in the same order, so a build stays
    /// byte-for-byte the same as a sequential one. Returns only when every element is done (a
    /// fork and join, like a task group awaited in place), which keeps the build's steps
    /// synchronous and in order. `transform` must not depend on the order elements are taken in.
    func concurrentMap<Result: Sendable>(_ transform: @Sendable (Element) -> Result) -> [Result] {
        guard count > 1 else { return map(transform) }
        return [Result](unsafeUninitializedCapacity: count) { results, initializedCount in
            let slots = SendableSlots(base: results.baseAddress!)
            withUnsafeBufferPointer { elements in
                let source = SendableElements(elements: elements)
                DispatchQueue.concurrentPerform(iterations: count) { index in
                    // Each index is written exactly once, by one thread.
                    (slots.base + index).initialize(to: transform(source.elements[index]))
                }
            }
            initializedCount = count
        }
    }
}

/// The result buffer of one `concurrentMap`, shared by its worker threads: each writes its own slot.
private struct SendableSlots<Value>: @unchecked Sendable {
    let base: UnsafeMutablePointer<Value>
}

/// The input of one `concurrentMap`, read (never written) by its worker threads.
private struct SendableElements<Value>: @unchecked Sendable {
    let elements: UnsafeBufferPointer<Value>
}
