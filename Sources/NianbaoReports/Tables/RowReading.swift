/// A row's figures after reading, with what the reader should be told.
struct RowReading: Sendable {
    /// One entry per column: the figure's text (nil when not read), its mark, its line.
    var pieces: [RunSplitter.Piece?]
    var lines: [Int?]
    var notes: [String]
    var warnings: [Diagnostic]
    /// All readings that fit, when more than one did (to be settled by column sums).
    var candidates: [[RunSplitter.Piece]]
    /// The row's figures were split from digits printed together.
    var wasSplit: Bool

    static func read(_ row: LocatedRow, table: String, document: SourceDocument,
                     splitter: RunSplitter) -> RowReading {
        let width = row.spec.kinds.count
        var reading = RowReading(pieces: Array(repeating: nil, count: width), lines: Array(repeating: nil, count: width),
                                 notes: [], warnings: [], candidates: [], wasSplit: false)
        let labelLine = row.label.map { document.line(at: $0.lowerBound) }
        // A table read out of order has one warning for all its rows (`refusalWarning`).
        guard row.label != nil, row.refusal == nil else { return reading }
        let values = row.values
        guard !values.isEmpty else {
            reading.warnings.append(Diagnostic(line: labelLine, "\(table)“\(row.spec.label)”行没有找到数字，已留空",
                                               hint: "请核对原文该行"))
            return reading
        }
        let separateFigures = values.count
        switch splitter.split(values) {
        case .unique(let pieces):
            reading.apply(pieces, values: values, row: row, document: document)
            reading.wasSplit = separateFigures < width
        case .ambiguous(let readings):
            reading.candidates = readings
            reading.wasSplit = true
        case .none(let reason):
            reading.warnings.append(Diagnostic(line: document.line(at: values[0].start),
                "\(table)“\(row.spec.label)”行：\(reason)，已留空", hint: "请核对原文该行"))
        }
        return reading
    }

    mutating func apply(_ pieces: [RunSplitter.Piece], values: [ValueToken], row: LocatedRow, document: SourceDocument) {
        self.pieces = pieces
        self.candidates = []
        for (column, piece) in pieces.enumerated() {
            let token = values[piece.token]
            lines[column] = document.line(at: token.start)
            let columnName = row.spec.columns[column]
            if let mark = piece.mark {
                notes.append("\(row.spec.label) \(columnName): 原文为“\(mark)”，按不适用处理")
            }
            // A note belongs to the last figure read from its token.
            if let note = token.note, pieces.lastIndex(where: { $0.token == piece.token }) == column {
                notes.append("\(row.spec.label) \(columnName): \(piece.text ?? piece.mark ?? "")\(document.text(note))")
            }
        }
    }

    /// Words for a warning listing the readings that fit.
    static func describe(_ readings: [[RunSplitter.Piece]]) -> String {
        readings.prefix(12).map { $0.map { $0.text ?? $0.mark ?? "?" }.joined(separator: "、") }.joined(separator: "；")
            + (readings.count > 12 ? "；等 \(readings.count) 种" : "")
    }
}
