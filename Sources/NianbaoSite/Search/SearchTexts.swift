import NianbaoReports
import Synchronization

/// Search texts taken while reports are parsed, by the report's file, for a build that holds
/// its reports lightened. Filled from many parsing tasks at once.
///
/// Why numbered pairs: 50,000 reports have some 60 million pairs between them, but only a
/// few hundred thousand different ones; each report keeps its numbers into one shared table,
/// as varint differences (`PostingList`), one or two bytes each instead of an 8-byte code.
public final class SearchTexts: Sendable {
    private struct State: ~Copyable {
        var pairs: [UInt64] = []
        var numbers: [UInt64: UInt32] = [:]
        var texts: [String: (numbers: PostingList, excerpt: String)] = [:]
    }

    private let state = Mutex(State())

    public init() {}

    /// Keeps the search text of a whole report (called with each report as it is parsed).
    public func add(_ report: Report) {
        let text = SearchText(report)
        state.withLock { state in
            var numbers: [UInt32] = []
            numbers.reserveCapacity(text.codes.count)
            for code in text.codes {
                if let number = state.numbers[code] { numbers.append(number); continue }
                let number = UInt32(state.pairs.count)
                state.pairs.append(code)
                state.numbers[code] = number
                numbers.append(number)
            }
            state.texts[report.source.file] = (PostingList(numbers.sorted()), text.excerpt)
        }
    }

    /// The search text kept for this report, given once: the index takes each report's text
    /// once, and what it has taken is freed.
    public func remove(for report: Report) -> SearchText? {
        state.withLock { state -> SearchText? in
            guard let (numbers, excerpt) = state.texts.removeValue(forKey: report.source.file) else { return nil }
            return SearchText(codes: numbers.numbers.map { state.pairs[Int($0)] }.sorted(), excerpt: excerpt)
        }
    }
}
