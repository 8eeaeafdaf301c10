/// The parts of a grid under one block of header rows, with each column's meaning.
///
/// A header row prints no figure and names at least one known column. Consecutive
/// header rows form one block (two- and three-level headers); a block applies to the
/// rows below it until the next block (table 二's sub-tables each have their own, and
/// a header row repeated after a page break simply maps the columns again).
struct GridSection: Sendable {
    /// Grid column → the meaning its header gives it (an index the caller defines).
    var columns: [Int: Int]
    /// Rows below the header block, up to the next block.
    var rows: [Int]
    /// The header cells above each column, top to bottom (for units such as `（万元）`).
    var headerText: [Int: String]

    /// The columns left of the first column with a meaning: where row labels are.
    var labelColumns: Range<Int> { 0..<(columns.keys.min() ?? 0) }

    /// Grid columns that carry `meaning`.
    func columns(for meaning: Int) -> [Int] { columns.filter { $0.value == meaning }.map(\.key).sorted() }

    /// Splits `grid` into sections. `meaning` names a column from its header chain (Han
    /// text of the header cells above it, top to bottom, one entry per merged cell) and how
    /// many of the chain's last cells are the column's own, or nil.
    /// A row is a header row when it prints no figure and names at least two of `headerWords`
    /// (groups of alternatives: one group per column meaning, plus words such as `信息内容`
    /// that only headers print), or one when it follows a header row. One word alone does
    /// not make a header: a row `3.其他` or `（七）总计` whose cells are blank names a column.
    static func split(_ grid: TableGrid, meaning: (_ chain: [[Unicode.Scalar]], _ own: Int) -> Int?,
                      headerWords: [[String]]) -> [GridSection] {
        let words = headerWords.map { $0.map { Array($0.unicodeScalars) } }
        var sections: [GridSection] = []
        var block: [Int] = []
        var rows: [Int] = []
        func close() {
            guard !block.isEmpty || !rows.isEmpty else { return }
            var columns: [Int: Int] = [:]
            var headerText: [Int: String] = [:]
            for column in 0..<grid.columnCount {
                var chain: [GridCell] = []
                for row in block {
                    let cell = grid[row, column]
                    if let last = chain.last, last.sameCell(as: cell) { continue }
                    chain.append(cell)
                }
                // The column's own header: the lowest cells as wide as the lowest one (a header
                // split over rows); wider cells above span other columns too.
                func width(_ cell: GridCell) -> Int {
                    grid.rows[cell.originRow < grid.rows.count ? cell.originRow : 0].filter { $0.sameCell(as: cell) }.count
                }
                let printed = chain.filter { !$0.han.isEmpty }
                let lowestWidth = printed.last.map(width) ?? 1
                let own = printed.reversed().prefix { width($0) == lowestWidth }.count
                if let found = meaning(printed.map(\.han), own) { columns[column] = found }
                headerText[column] = chain.map(\.text).joined(separator: " ")
            }
            sections.append(GridSection(columns: columns, rows: rows, headerText: headerText))
            block = []
            rows = []
        }
        for row in 0..<grid.rows.count {
            let cells = grid.rows[row]
            let printsFigure = cells.contains { if case .number = GridFigure($0.text) { return true } else { return false } }
            var named = Set<Int>()
            for cell in cells where !cell.isBlank {
                let han = cell.han
                for (group, alternatives) in words.enumerated() where alternatives.contains(where: { HanMatch.contains(han, $0) }) {
                    named.insert(group)
                }
            }
            // A row under a header row that prints no figure and no label of its own goes on
            // with the header: the lower halves of headers split over rows (`自` / `然` / `人`).
            // A row that prints a numbered label (`2.其他法律行政法规禁止公开`, `（三）不予公开`) is a
            // row of the table however blank its cells: header cells are never numbered.
            let continuesHeader = !block.isEmpty && rows.isEmpty
            let noLabel = cells.first.map { $0.isBlank || ($0.isContinuation && block.contains($0.originRow)) } ?? true
            let numbered = cells.contains { ListNumber.starts($0.text) }
            if !printsFigure && !numbered && (named.count >= 2 || (continuesHeader && (!named.isEmpty || noLabel))) {
                if !rows.isEmpty { close() }
                block.append(row)
            } else {
                rows.append(row)
            }
        }
        close()
        return sections
    }

    /// The meaning of a header chain by words: the word the column's own header cells hold
    /// together (`社会公` / `益组织`), the longest if several. A cell above that spans other
    /// columns too counts only for a word that runs on into the column's own cells (`尚未` /
    /// `审结` where a layout widened `尚未`): `法人或其他组织` over `商业企业` never makes that
    /// column `其他`.
    static func byWords(_ words: [[String]]) -> ([[Unicode.Scalar]], Int) -> Int? {
        let scalars = words.map { $0.map { Array($0.unicodeScalars) } }
        return { chain, own in
            for depth in max(own, 1)...max(chain.count, 1) {
                let text = Array(chain.suffix(depth).joined())
                let ownStart = text.count - chain.suffix(max(own, 1)).reduce(0) { $0 + $1.count }
                var best: (meaning: Int, length: Int)?
                for (meaning, alternatives) in scalars.enumerated() {
                    for word in alternatives where word.count > (best?.length ?? 0) {
                        let fits = HanMatch.ends(text, word).contains { end in
                            depth == max(own, 1) || (end - word.count < ownStart && end > ownStart)
                        }
                        if fits { best = (meaning, word.count) }
                    }
                }
                if let best { return best.meaning }
            }
            // A long word with a typo in the agency's copy of the template (`本年度止件数`).
            let own = Array(chain.suffix(max(own, 1)).joined())
            return scalars.indices.first { meaning in
                scalars[meaning].contains { $0.count >= 5 && HanMatch.contains(own, $0, tolerant: true) }
            }
        }
    }
}

/// Matching of Han text, as `LabelFinder` matches labels: exact for short words, a
/// character or two may differ in long ones (an agency's typo in its copy of the template).
enum HanMatch {
    static func contains(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar], tolerant: Bool = false) -> Bool {
        guard !word.isEmpty, text.count >= word.count else { return false }
        let allowed = tolerant ? (word.count >= 10 ? 2 : word.count >= 5 ? 1 : 0) : 0
        for start in 0...(text.count - word.count) {
            guard text[start] == word[0], text[start + word.count - 1] == word[word.count - 1] else { continue }
            var mismatches = 0
            for offset in 1..<max(1, word.count - 1) where text[start + offset] != word[offset] {
                mismatches += 1
                if mismatches > allowed { break }
            }
            if mismatches <= allowed { return true }
        }
        return false
    }

    /// Where exact occurrences of `word` in `text` end (exclusive).
    static func ends(_ text: [Unicode.Scalar], _ word: [Unicode.Scalar]) -> [Int] {
        guard !word.isEmpty, text.count >= word.count else { return [] }
        return (0...(text.count - word.count)).filter { start in
            word.indices.allSatisfy { text[start + $0] == word[$0] }
        }.map { $0 + word.count }
    }

    static func han(_ text: String) -> [Unicode.Scalar] { text.unicodeScalars.map(\.folded).filter(\.isHan) }
}

extension GridSection {
    /// For a grid with no header row: the `count` columns that print numbers, in the
    /// template's order, when exactly that many do. Nil otherwise: nothing is guessed.
    static func positional(_ grid: TableGrid, count: Int) -> GridSection? {
        var numbered = Set<Int>()
        for row in grid.rows {
            for (column, cell) in row.enumerated() where !cell.isContinuation {
                if case .number = GridFigure(cell.text) { numbered.insert(column) }
            }
        }
        let columns = numbered.sorted()
        guard columns.count == count, let first = columns.first, first > 0,
              columns == Array(first..<first + count), first + count == grid.columnCount else { return nil }
        return GridSection(columns: Dictionary(uniqueKeysWithValues: columns.enumerated().map { ($1, $0) }),
                           rows: Array(grid.rows.indices), headerText: [:])
    }
}

extension GridSection {
    /// For a text table, whose header cells cannot be placed: the last `count` columns in
    /// the template's order, when the header text names the columns in that order (each
    /// group of `sequence` found after the one before). Nil otherwise: nothing is guessed.
    static func templateOrder(_ grid: TableGrid, count: Int, sequence: [[String]]) -> GridSection? {
        guard grid.columnCount >= count else { return nil }
        // The header: the rows above the first that prints a number.
        let firstData = grid.rows.firstIndex { row in row.contains { if case .number = GridFigure($0.text) { return true } else { return false } } } ?? 0
        let header = HanMatch.han(grid.rows[..<firstData].flatMap { $0 }.map(\.text).joined())
        var position = 0
        for alternatives in sequence {
            let found = alternatives.compactMap { word -> Int? in
                let scalars = HanMatch.han(word)
                return HanMatch.ends(Array(header[position...]), scalars).first.map { $0 + position }
            }.min()
            guard let found else { return nil }
            position = found
        }
        let first = grid.columnCount - count
        return GridSection(columns: Dictionary(uniqueKeysWithValues: (0..<count).map { (first + $0, $0) }),
                           rows: Array(firstData..<grid.rows.count), headerText: [:])
    }

    /// Whether the header text names every word of `words` (in any order).
    static func namesAll(_ grid: TableGrid, _ words: [[String]]) -> Bool {
        let firstData = grid.rows.firstIndex { row in row.contains { if case .number = GridFigure($0.text) { return true } else { return false } } } ?? 0
        let header = HanMatch.han(grid.rows[..<firstData].flatMap { $0 }.map(\.text).joined())
        return words.allSatisfy { alternatives in alternatives.contains { HanMatch.contains(header, HanMatch.han($0)) } }
    }

    /// Whether the sections' headers name each of `count` meanings in exactly one column.
    static func complete(_ sections: [GridSection], count: Int) -> Bool {
        guard let first = sections.first(where: { !$0.columns.isEmpty }) else { return false }
        return (0..<count).allSatisfy { first.columns(for: $0).count == 1 }
    }
}

