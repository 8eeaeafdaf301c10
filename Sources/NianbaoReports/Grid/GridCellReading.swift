/// A figure position of an official table as read from a grid, before the blank rule.
struct GridReading: Sendable {
    enum Content: Sendable {
        case figure(GridFigure)
        /// The table has no column for this figure.
        case missingColumn
        /// Several cells printed a figure where the table has one.
        case conflict([String])
        /// The table has no row for this figure.
        case missingRow
        /// Only part of the cell was seen (`GridCell.isBroken`).
        case broken(String)
    }

    var content: Content
    var line: Int?

    var printsNumber: Bool { if case .figure(.number) = content { return true } else { return false } }
    var isBlank: Bool { if case .figure(.blank) = content { return true } else { return false } }

    /// The figure of the cells that carry one meaning in one row: one figure per cell, and
    /// one cell per figure. Cells merged over several such positions count once; blank
    /// ones give way to the one that prints something.
    static func read(_ grid: TableGrid, row: Int, columns: [Int]) -> GridReading {
        guard !columns.isEmpty else { return GridReading(content: .missingColumn, line: nil) }
        var cells: [GridCell] = []
        for column in columns {
            let cell = grid[row, column]
            if !cells.contains(where: { $0.sameCell(as: cell) }) { cells.append(cell) }
        }
        let printed = cells.filter { !$0.isBlank }
        if cells.contains(where: \.isBroken) {
            return GridReading(content: .broken(printed.map(\.text).joined(separator: " ")), line: (printed.first ?? cells[0]).line)
        }
        switch printed.count {
        case 0: return GridReading(content: .figure(.blank), line: cells.first?.line)
        case 1: return GridReading(content: .figure(GridFigure(printed[0].text)), line: printed[0].line)
        default: return GridReading(content: .conflict(printed.map(\.text)), line: printed[0].line)
        }
    }
}

/// Turns grid readings into cells by the blank-cell rule, collecting notes and warnings.
///
/// The rule (the spec's “a blank cell is 0 only where the layout clearly uses blanks for
/// zero”, made precise): a blank is 0 (`blankAsZero`) where the same table prints a
/// number in any other cell; a blank total is `blank`, with no value, since a missing
/// total is not zero, and the rules it enters are then unchecked; in a table that prints
/// no number at all every blank is `blank`, with one warning.
struct GridCellBuilder {
    let table: String
    /// The table prints at least one number.
    let printsNumbers: Bool
    var notes: [String] = []
    var warnings: [Diagnostic] = []
    var blankTotals: [String] = []
    /// Broken cells by row (or by cell, without a row): what was read of them, and where.
    var broken: [(key: String, isRow: Bool, texts: [String], line: Int?)] = []
    var blankAsZero = 0

    init(table: String, readings: [GridReading]) {
        self.table = table
        printsNumbers = readings.contains(where: \.printsNumber)
    }

    /// - Parameters:
    ///   - place: the figure in words, `“予以公开”行“自然人”栏`.
    ///   - noteLabel: the figure as notes name it, `予以公开 自然人`.
    ///   - row: the figure's row in words (`“予以公开”行`), which its broken cells are reported under.
    mutating func cell<V>(_ reading: GridReading, place: String, noteLabel: String, isTotal: Bool, row: String? = nil,
                          parse: (String) -> V?) -> Cell<V> {
        switch reading.content {
        case .missingRow:
            return .missing
        case .missingColumn:
            return .missing
        case .conflict(let texts):
            warnings.append(Diagnostic(line: reading.line,
                "\(table)\(place)有 \(texts.count) 个单元格印有数字（\(texts.map { "“\($0)”" }.joined(separator: "、"))），无法确定，已留空",
                hint: "请对照原件填写该格"))
            return .unreadable(line: reading.line)
        case .broken(let text):
            // One warning per row, however many of its cells are broken.
            let key = row ?? place
            if let index = broken.firstIndex(where: { $0.key == key }) {
                if !text.isEmpty { broken[index].texts.append(text) }
            } else {
                broken.append((key, row != nil, text.isEmpty ? [] : [text], reading.line))
            }
            return .unreadable(line: reading.line)
        case .figure(let figure):
            switch figure {
            case .number(let text, let note):
                guard let value = parse(text) else {
                    warnings.append(Diagnostic(line: reading.line, "\(table)\(place)为“\(text)”，不是该栏应有的数字，已留空",
                                               hint: "请对照原件填写该格"))
                    return .unreadable(line: reading.line)
                }
                if let note { notes.append("\(noteLabel): \(text)\(note)") }
                return .read(value, line: reading.line)
            case .notApplicable(let mark):
                notes.append("\(noteLabel): 原文为“\(mark)”，按不适用处理")
                return Cell(nil, status: .notApplicable, line: reading.line)
            case .other(let text):
                warnings.append(Diagnostic(line: reading.line, "\(table)\(place)为“\(text)”，不是一个数字，已留空",
                                           hint: "请对照原件填写该格"))
                return .unreadable(line: reading.line)
            case .blank:
                guard printsNumbers else { return Cell(nil, status: .blank, line: reading.line) }
                if isTotal {
                    blankTotals.append(place)
                    return Cell(nil, status: .blank, line: reading.line)
                }
                guard let zero = parse("0") else { return Cell(nil, status: .blank, line: reading.line) }
                blankAsZero += 1
                return Cell(zero, status: .blankAsZero, line: reading.line)
            }
        }
    }

    /// The notes and warnings the blank rule adds once per table.
    mutating func finish(line: Int?) {
        for entry in broken {
            let read = entry.texts.isEmpty ? "" : "只读到“\(entry.texts.joined(separator: " "))”，"
            warnings.append(Diagnostic(line: entry.line,
                "\(table)\(entry.key)的数字排印时被折行、截断或少于该表其他行的栏数，\(read)无法确定各数字所在的栏，已留空",
                hint: entry.isRow ? "请对照原件填写该行" : "请对照原件填写该格"))
        }
        if blankAsZero > 0 {
            notes.append("\(table)有 \(blankAsZero) 个单元格原表空白，该表其他单元格印有数字，空白按 0 计")
        }
        if !blankTotals.isEmpty {
            warnings.append(Diagnostic(line: line,
                "\(table)有 \(blankTotals.count) 个合计栏原表空白（\(blankTotals.prefix(6).joined(separator: "、"))\(blankTotals.count > 6 ? "等" : "")），合计不按 0 计，相关核对无法进行",
                hint: "请对照原件填写合计"))
        }
    }

    static func integer(_ text: String) -> Int? { Int(text) }
    static func decimal(_ text: String) -> DecimalNumber? { DecimalNumber(text) }

    /// A table with cells but not one number: blank as a whole.
    var isWhollyBlank: Bool { !printsNumbers }
}
