import NIOConcurrencyHelpers

/// Runs `work` and answers within `limit`: its result, or `onTimeout()`'s error once the limit has
/// passed (the work is then cancelled and left to end on its own).
///
/// A task group cannot do this: it waits for every child, and a query that postgres-nio never
/// answers (1.33 writes a query to a connection already closed without a promise, so its result
/// never comes) would hold the request, its push slot and the instance's shutdown for good. So the
/// work runs in a task of its own and the caller is answered by whichever comes first. Cancelling
/// the caller (a shutdown, a client gone) answers at once with `CancellationError`.
func withDeadline<T: Sendable>(
    _ limit: Duration,
    onTimeout: @escaping @Sendable () -> any Error,
    _ work: @escaping @Sendable () async throws -> T
) async throws -> T {
    let answer = NIOLockedValueBox<CheckedContinuation<T, any Error>?>(nil)
    let tasks = NIOLockedValueBox<(work: Task<Void, Never>?, timer: Task<Void, Never>?)>((nil, nil))
    /// Answers once: the first of result, deadline and cancellation wins.
    @Sendable func settle(_ result: Result<T, any Error>) -> Bool {
        guard let c = answer.withLockedValue({ c -> CheckedContinuation<T, any Error>? in defer { c = nil }; return c }) else { return false }
        c.resume(with: result)
        return true
    }
    return try await withTaskCancellationHandler {
        try await withCheckedThrowingContinuation { (c: CheckedContinuation<T, any Error>) in
            answer.withLockedValue { $0 = c }
            let timer = Task {
                try? await Task.sleep(for: limit)
                guard !Task.isCancelled, settle(.failure(onTimeout())) else { return }
                tasks.withLockedValue { $0.work }?.cancel()
            }
            let job = Task {
                let result: Result<T, any Error>
                do { result = .success(try await work()) } catch { result = .failure(error) }
                _ = settle(result)
                tasks.withLockedValue { $0.timer }?.cancel()
            }
            tasks.withLockedValue { $0 = (job, timer) }
        }
    } onCancel: {
        _ = settle(.failure(CancellationError()))
        let t = tasks.withLockedValue { $0 }
        t.work?.cancel()
        t.timer?.cancel()
    }
}
