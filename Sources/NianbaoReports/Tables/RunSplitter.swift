/// Finds every way to read a row's tokens as exactly `kinds.count` figures.
///
/// Figures printed with no separator (`21710000218`) can only be split by the
/// table's own arithmetic: with `lastIsSum`, the last figure of every group of
/// `groupSize` must be the sum of the others (table 3: the total of the six
/// applicant columns; table 4: each group's total). Whitespace between tokens
/// is a hard boundary, a figure never has a leading zero, and a decimal point
/// is never split off.
///
/// The search computes each group's total instead of guessing it and
/// remembers dead ends (position, figure, running sum), so long runs stay fast.
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
    var lastIsSum: Bool
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
        guard lastIsSum else { return true }
        var start = 0
        while start + groupSize <= pieces.count {
            if !groupAddsUp(pieces[start..<start + groupSize]) { return false }
            start += groupSize
        }
        return true
    }

    /// The last figure equals the sum of the others; unknown ("not applicable") figures pass.
    private func groupAddsUp(_ group: ArraySlice<Piece>) -> Bool {
        let numbers = group.map { $0.text.flatMap { Int($0) } }
        guard numbers.allSatisfy({ $0 != nil }) else { return true }
        return numbers.dropLast().reduce(0) { $0 + $1! } == numbers.last!!
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
        // States known to lead to no reading: (token, offset, slot, running sum or -1).
        var dead = Set<State>()

        /// Sum of the current group's figures so far, or -1 when one is unknown.
        func runningSum() -> Int {
            let start = pieces.count - pieces.count % groupSize
            var sum = 0
            for piece in pieces[start...] {
                guard let text = piece.text, let value = Int(text) else { return -1 }
                sum += value
            }
            return sum
        }

        @discardableResult
        func visit(_ token: Int, _ offset: Int) -> Bool {
            nodes += 1
            if nodes > nodeBudget { exhausted = true; return true }
            if readings.count > 50 { return true }
            if token == values.count {
                if pieces.count == kinds.count { readings.append(pieces); return true }
                return false
            }
            let slot = pieces.count
            guard slot < kinds.count else { return false }
            // Every remaining token needs at least one figure.
            guard values.count - token <= kinds.count - slot else { return false }
            let sum = lastIsSum ? runningSum() : -1
            let key = State(token: token, offset: offset, slot: slot, sum: sum)
            if dead.contains(key) { return false }
            var found = false
            defer { if !found { dead.insert(key) } }
            if chars[token].isEmpty {  // a "not applicable" mark
                pieces.append(piece(values[token], token: token))
                found = visit(token + 1, 0)
                pieces.removeLast()
                return found
            }
            if lastIsSum && slot % groupSize == 0 && slot + groupSize == kinds.count && token == values.count - 1
                && kinds[slot..<kinds.count].allSatisfy({ $0 == .integer }) {
                // The last group lies in the last token, so its total is a suffix of that token:
                // try each total and split what precedes it into figures that add up to it.
                for reading in lastGroupReadings(chars[token], from: offset) {
                    pieces += reading.map { Piece(text: $0, mark: nil, token: token) }
                    readings.append(pieces)
                    pieces.removeLast(reading.count)
                    found = true
                }
                return found
            }
            let left = chars[token].count - offset
            let remainingChars = left + remainingAfter[token + 1]
            guard remainingChars >= kinds.count - slot,
                  remainingChars <= (kinds.count - slot) * (maxDigits + 8) else { return false }
            var lengths = Array(1...min(left, kinds[slot] == .decimal ? maxDigits + 8 : maxDigits + 1))
            if lastIsSum && slot % groupSize == groupSize - 1 && sum >= 0 {
                // The group's total is not guessed: it must read as the sum.
                let expected = String(sum).unicodeScalars.count
                lengths = expected <= left ? [expected] : []
            }
            for length in lengths {
                let slice = chars[token][offset..<offset + length]
                let nextIsDot = offset + length < chars[token].count && chars[token][offset + length] == "."
                guard valid(slice, kind: kinds[slot], nextIsDot: nextIsDot) else { continue }
                pieces.append(Piece(text: String(String.UnicodeScalarView(slice)), mark: nil, token: token))
                if !lastIsSum || pieces.count % groupSize != 0 || groupAddsUp(pieces.suffix(groupSize)) {
                    let ok = offset + length == chars[token].count ? visit(token + 1, 0) : visit(token, offset + length)
                    found = found || ok
                }
                pieces.removeLast()
                if exhausted { return true }
            }
            return found
        }

        visit(0, 0)
        if exhausted {
            return .none(reason: "数字连写过长，可能的读法太多，无法确定")
        }
        switch readings.count {
        case 0:
            let run = values.compactMap { if case .number(let t) = $0.kind { return t } else { return nil } }.joined(separator: " ")
            return .none(reason: "“\(run)”无法按表格结构读成 \(kinds.count) 个数字" + (lastIsSum ? "（没有符合合计关系的读法）" : ""))
        case 1: return .unique(readings[0])
        default: return .ambiguous(readings)
        }
    }

    /// Every way to read `digits[from...]` as `groupSize` integers whose last is the sum of the others.
    ///
    /// Total first: each suffix short enough to be a figure is tried as the
    /// total, and the digits before it are split into figures no larger than
    /// it whose running sum never passes it; dead ends are remembered by
    /// (position, figure index, running sum).
    private func lastGroupReadings(_ digits: [Unicode.Scalar], from start: Int) -> [[String]] {
        let parts = groupSize - 1
        var readings: [[String]] = []
        for totalLength in 1...min(maxDigits, digits.count - start) {
            let totalStart = digits.count - totalLength
            guard totalStart - start >= parts else { continue }
            let totalSlice = digits[totalStart...]
            guard valid(totalSlice, kind: .integer, nextIsDot: false),
                  let total = Int(String(String.UnicodeScalarView(totalSlice))) else { continue }
            var dead = Set<State>()
            var current: [String] = []
            func walk(_ position: Int, _ sum: Int) -> Bool {
                if current.count == parts {
                    guard position == totalStart, sum == total else { return false }
                    readings.append(current + [String(String.UnicodeScalarView(totalSlice))])
                    return true
                }
                let key = State(token: 0, offset: position, slot: current.count, sum: sum)
                if dead.contains(key) || readings.count > 50 { return false }
                var found = false
                let piecesLeft = parts - current.count
                // What is left must fit in the figures still to come.
                guard totalStart - position <= piecesLeft * totalLength else { dead.insert(key); return false }
                let maxLength = min(totalLength, totalStart - position - (piecesLeft - 1))
                if maxLength >= 1 {
                    for length in 1...maxLength {
                        let slice = digits[position..<position + length]
                        guard valid(slice, kind: .integer, nextIsDot: false),
                              let value = Int(String(String.UnicodeScalarView(slice))), sum + value <= total else { continue }
                        current.append(String(String.UnicodeScalarView(slice)))
                        if walk(position + length, sum + value) { found = true }
                        current.removeLast()
                    }
                }
                if !found { dead.insert(key) }
                return found
            }
            _ = walk(start, 0)
        }
        return readings
    }

    /// A point of the search, remembered when it leads nowhere.
    private struct State: Hashable { var token: Int; var offset: Int; var slot: Int; var sum: Int }

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
