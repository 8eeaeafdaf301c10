/// Finds every way to read a row's tokens as exactly `kinds.count` figures.
///
/// Figures printed with no separator (`21710000218`) can only be split by the
/// table's own arithmetic: a split is kept when every group of `groupSize`
/// figures passes `groupCheck` (for table 3, the total equals the sum of the
/// six applicant columns). Whitespace between tokens is a hard boundary, a
/// figure never has a leading zero, and a decimal point is never split off.
struct RunSplitter {
    enum PieceKind: Sendable { case integer, signedInteger, decimal }

    struct Piece: Equatable, Sendable {
        /// Canonical text of the figure, or nil for a "not applicable" mark.
        var text: String?
        var mark: String?
        /// Index of the token it came from.
        var token: Int
    }

    enum Outcome: Equatable {
        case unique([Piece])
        case ambiguous([[Piece]])
        /// No reading fits; `reason` says why in words for the reader.
        case none(reason: String)
    }

    var kinds: [PieceKind]
    var groupSize: Int
    var groupCheck: (@Sendable ([Piece]) -> Bool)?
    /// Most digits a single figure may have.
    var maxDigits = 10
    /// Work bound, so that adversarial input cannot make parsing slow.
    var nodeBudget = 200_000

    func split(_ tokens: [ValueToken]) -> Outcome {
        let values = tokens.filter(\.isValue)
        guard !values.isEmpty else { return .none(reason: "没有找到数字") }
        // Printed one figure per cell: take them as printed, checks report any error.
        if values.count == kinds.count, values.indices.allSatisfy({ single(values[$0], kind: kinds[$0]) }) {
            return .unique(values.indices.map { piece(values[$0], token: $0) })
        }
        if values.count > kinds.count, values.allSatisfy({ single($0, kind: .decimal) }) {
            return window(values)
        }
        return enumerate(values)
    }

    private func single(_ token: ValueToken, kind: PieceKind) -> Bool {
        switch token.kind {
        case .notApplicable: return true
        case .text: return false
        case .number(let text): return valid(Array(text.unicodeScalars)[...], kind: kind, nextIsDot: false)
        }
    }

    private func piece(_ token: ValueToken, token index: Int) -> Piece {
        switch token.kind {
        case .number(let text): return Piece(text: text, mark: nil, token: index)
        case .notApplicable(let mark): return Piece(text: nil, mark: mark, token: index)
        case .text: return Piece(text: nil, mark: nil, token: index)
        }
    }

    /// More separate figures than columns (a stray digit from a merged cell):
    /// keep the windows of consecutive figures that pass the check.
    private func window(_ values: [ValueToken]) -> Outcome {
        var readings: [[Piece]] = []
        for start in 0...(values.count - kinds.count) {
            let pieces = (start..<start + kinds.count).map { piece(values[$0], token: $0) }
            if checkAll(pieces) && !readings.contains(where: { $0.map(\.text) == pieces.map(\.text) }) {
                readings.append(pieces)
            }
        }
        switch readings.count {
        case 0: return .none(reason: "找到 \(values.count) 个数字，多于 \(kinds.count) 个，且没有一组连续数字符合合计关系")
        case 1: return .unique(readings[0])
        default: return .ambiguous(readings)
        }
    }

    private func checkAll(_ pieces: [Piece]) -> Bool {
        guard let groupCheck else { return true }
        var start = 0
        while start + groupSize <= pieces.count {
            if !groupCheck(Array(pieces[start..<start + groupSize])) { return false }
            start += groupSize
        }
        return true
    }

    private func enumerate(_ values: [ValueToken]) -> Outcome {
        let chars: [[Unicode.Scalar]] = values.map {
            if case .number(let text) = $0.kind { return Array(text.unicodeScalars) }
            return []
        }
        var remainingAfter = [Int](repeating: 0, count: values.count + 1)
        for index in stride(from: values.count - 1, through: 0, by: -1) {
            remainingAfter[index] = remainingAfter[index + 1] + max(chars[index].count, 1)
        }
        var readings: [[Piece]] = []
        var pieces: [Piece] = []
        var nodes = 0
        var exhausted = false

        func visit(_ token: Int, _ offset: Int) {
            nodes += 1
            if nodes > nodeBudget { exhausted = true; return }
            if readings.count > 50 { return }
            if token == values.count {
                if pieces.count == kinds.count { readings.append(pieces) }
                return
            }
            let slot = pieces.count
            guard slot < kinds.count else { return }
            // Every remaining token needs at least one figure.
            guard values.count - token <= kinds.count - slot else { return }
            if chars[token].isEmpty {  // a "not applicable" mark
                pieces.append(piece(values[token], token: token))
                if groupOK() { visit(token + 1, 0) }
                pieces.removeLast()
                return
            }
            let left = chars[token].count - offset
            let remainingChars = left + remainingAfter[token + 1]
            guard remainingChars >= kinds.count - slot,
                  remainingChars <= (kinds.count - slot) * (maxDigits + 2) else { return }
            for length in 1...min(left, maxDigits + 2) {
                let slice = chars[token][offset..<offset + length]
                let nextIsDot = offset + length < chars[token].count && chars[token][offset + length] == "."
                guard valid(slice, kind: kinds[slot], nextIsDot: nextIsDot) else { continue }
                pieces.append(Piece(text: String(String.UnicodeScalarView(slice)), mark: nil, token: token))
                if groupOK() {
                    if offset + length == chars[token].count { visit(token + 1, 0) } else { visit(token, offset + length) }
                }
                pieces.removeLast()
                if exhausted { return }
            }
        }

        func groupOK() -> Bool {
            guard let groupCheck, pieces.count % groupSize == 0 else { return true }
            return groupCheck(Array(pieces.suffix(groupSize)))
        }

        visit(0, 0)
        if exhausted {
            return .none(reason: "数字连写过长，可能的读法太多，无法确定")
        }
        switch readings.count {
        case 0:
            let run = values.compactMap { if case .number(let t) = $0.kind { return t } else { return nil } }.joined(separator: " ")
            return .none(reason: "“\(run)”无法按表格结构读成 \(kinds.count) 个数字" + (groupCheck == nil ? "" : "（没有符合合计关系的读法）"))
        case 1: return .unique(readings[0])
        default: return .ambiguous(readings)
        }
    }

    /// Whether `slice` can be one figure of `kind`.
    private func valid(_ slice: ArraySlice<Unicode.Scalar>, kind: PieceKind, nextIsDot: Bool) -> Bool {
        guard !slice.isEmpty, !nextIsDot else { return false }
        var body = slice
        if body.first == "-" {
            guard kind == .signedInteger || kind == .decimal else { return false }
            body = body.dropFirst()
        }
        guard let first = body.first, first.isASCIIDigit, body.last?.isASCIIDigit == true else { return false }
        if body.contains(".") {
            guard kind == .decimal else { return false }
        }
        let integerDigits = body.prefix { $0 != "." }.count
        guard integerDigits <= maxDigits else { return false }
        // No leading zero: `05` is two figures, `0.5` is one.
        if first == "0" && integerDigits > 1 { return false }
        return true
    }
}
