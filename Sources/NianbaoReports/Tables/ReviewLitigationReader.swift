/// Reads table 4 from the body of part 四: fifteen figures after the header.
///
/// The header is all text, so the figures are the last run of values in the
/// part that holds at least fifteen digits or marks. Digits printed together
/// are split with rule C4 (each group's total is the sum of its four
/// outcomes); remaining ambiguity may be settled by counts the narrative
/// states (`hint`), otherwise the cells stay empty with a warning.
enum ReviewLitigationReader {
    struct Result {
        var table: ReviewAndLitigation
        var notes: [String]
        var warnings: [Diagnostic]
        /// Every reading that fit, when more than one did.
        var candidates: [[Int?]]
    }

    static func read(_ document: SourceDocument, range: Range<Int>,
                     statedTotals: (review: Int?, litigation: Int?) = (nil, nil)) -> Result {
        let tokens = ValueTokenizer.tokens(document.folded[range])
        var runs: [[ValueToken]] = [[]]
        for token in tokens {
            if token.isValue { runs[runs.count - 1].append(token) } else if !runs[runs.count - 1].isEmpty { runs.append([]) }
        }
        func capacity(_ run: [ValueToken]) -> Int {
            run.reduce(0) { total, token in
                if case .number(let text) = token.kind { return total + text.unicodeScalars.filter(\.isASCIIDigit).count }
                return total + 1
            }
        }
        guard let values = runs.last(where: { capacity($0) >= 15 }) else {
            return Result(table: .empty, notes: [], warnings: [Diagnostic(line: document.line(at: range.lowerBound),
                "没有找到表四（行政复议、行政诉讼情况）的 15 个数字，已留空", hint: "请核对原文表四")], candidates: [])
        }
        let line = document.line(at: values[0].start)
        if let refusal = TextTableRefusal.misordered(document.folded[range.lowerBound..<values[0].start], order: TextTableRefusal.reviewOrder) {
            return Result(table: .empty, notes: [], warnings: [refusal.warning(table: "表四", line: line)], candidates: [])
        }
        let splitter = RunSplitter(kinds: Array(repeating: .integer, count: 15), groupSize: 5, lastIsSum: true)
        var notes: [String] = []
        func cells(_ pieces: [RunSplitter.Piece]) -> [Cell<Int>] {
            pieces.enumerated().map { column, piece in
                let token = values[piece.token]
                let pieceLine = document.line(at: token.start)
                let label = ReviewAndLitigation.groupLabels[column / 5] + " " + ReviewAndLitigation.Outcomes.labels[column % 5]
                if let mark = piece.mark {
                    notes.append("\(label): 原文为“\(mark)”，按不适用处理")
                    return Cell(nil, status: .notApplicable, line: pieceLine)
                }
                if let note = token.note, pieces.lastIndex(where: { $0.token == piece.token }) == column {
                    notes.append("\(label): \(piece.text ?? "")\(document.text(note))")
                }
                return .read(Int(piece.text ?? "") ?? 0, line: pieceLine)
            }
        }
        switch splitter.split(values) {
        case .unique(let pieces):
            if values.count < 15 { notes.append("表四的数字在原文中连写，已按各组合计关系唯一拆分") }
            return Result(table: ReviewAndLitigation(cells: cells(pieces)), notes: notes, warnings: [], candidates: [])
        case .ambiguous(let readings):
            let fitting = readings.filter { reading in
                let numbers = reading.map { $0.text.flatMap { Int($0) } }
                if let review = statedTotals.review, numbers[4] != review { return false }
                if let litigation = statedTotals.litigation, let a = numbers[9], let b = numbers[14], a + b != litigation { return false }
                return true
            }
            if fitting.count == 1 {
                notes.append("表四的连写数字有 \(readings.count) 种符合合计关系的读法，按正文所述复议、诉讼件数确定")
                return Result(table: ReviewAndLitigation(cells: cells(fitting[0])), notes: notes, warnings: [], candidates: [])
            }
            return Result(table: .empty.marking(.unreadable(line: line)), notes: [], warnings: [Diagnostic(line: line,
                "表四的连写数字有多种读法：\(RowReading.describe(readings))；无法确定，已留空", hint: "请对照原件填写表四")],
                candidates: readings.map { $0.map { $0.text.flatMap { Int($0) } } })
        case .none(let reason):
            return Result(table: .empty.marking(.unreadable(line: line)), notes: [], warnings: [Diagnostic(line: line,
                "表四：\(reason)，已留空", hint: "请核对原文表四")], candidates: [])
        }
    }
}

extension ReviewAndLitigation {
    func marking(_ cell: Cell<Int>) -> ReviewAndLitigation { ReviewAndLitigation(cells: Array(repeating: cell, count: 15)) }
}
