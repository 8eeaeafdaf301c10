/// Row labels in a grid section: which row of an official table each grid row is.
enum GridRowLabels {
    /// A row's own label: the rightmost printed cell left of the figures. Labels spread over
    /// merged cells (`三、本年度办理结果` | `（三）不予公开` | `1.属于国家秘密`) name the row in
    /// their last cell; a table with one label column holds the whole label there.
    static func ownLabel(_ grid: TableGrid, row: Int, labelColumns: Range<Int>) -> GridCell? {
        for column in labelColumns.reversed() where !grid[row, column].isBlank { return grid[row, column] }
        return nil
    }

    /// Matches rows to `keys` (Han text of each official row label) in order: each grid row
    /// takes the key after the last one matched that its own label holds, the longest if
    /// several do (`2.其他法律行政法规禁止公开` is that row, not `其他`).
    /// - Returns: key index → grid row.
    ///
    /// A label that prints list numbers (`2.`, `3、`) is only the row of one of them, where
    /// `numbers` gives the rows' own: a PDF whose group label is set beside the row's
    /// (`（六）其他处理` | `2.申请人逾期未按收费…`) may yield `（六）申请其他处2.申请人…` as one
    /// cell, which holds `其他` but is row 2, not `3.其他`.
    static func match(_ grid: TableGrid, rows: [(row: Int, labelColumns: Range<Int>)], keys: [String],
                      numbers: [Int?] = []) -> [Int: Int] {
        let keyScalars = keys.map { HanMatch.han($0) }
        var matched: [Int: Int] = [:]
        var cursor = 0
        for (row, labelColumns) in rows {
            guard let label = ownLabel(grid, row: row, labelColumns: labelColumns) else { continue }
            if isFragment(label.text), (labelColumns.upperBound..<grid.columnCount).allSatisfy({ grid[row, $0].isBlank }) { continue }
            let han = label.han
            let printed = listNumbers(label.text)
            // A two-character label (其他, 总计, 规章) is a row's own only where its label ends
            // in it: inside a longer one (`不计其他情形`) it names nothing.
            func holds(_ key: Int) -> Bool {
                HanMatch.contains(han, keyScalars[key], tolerant: true)
                    && (keyScalars[key].count > 2 || Array(han.suffix(keyScalars[key].count)) == keyScalars[key])
            }
            // A label holding two rows' labels (a PDF that joined a row printing nothing to the
            // next: `二、上年结转政府信息公开申请数量 （一）予以公开`) cannot say whose its figures are.
            // (A key inside another it holds, `其他` in `其他法律行政法规禁止公开`, is no second label.)
            let held = keys.indices.filter(holds)
            let distinct = held.filter { key in !held.contains { $0 != key && HanMatch.contains(keyScalars[$0], keyScalars[key]) } }
            if distinct.count >= 2 { continue }
            var best: (key: Int, length: Int)?
            for key in cursor..<keys.count where matched[key] == nil && holds(key) && keyScalars[key].count > (best?.length ?? 0) {
                if !printed.isEmpty, key < numbers.count, let number = numbers[key], !printed.contains(number) { continue }
                best = (key, keyScalars[key].count)
            }
            guard let best else { continue }
            matched[best.key] = row
            cursor = best.key + 1
        }
        // A row that prints nothing, right above a row that prints figures but is no row of
        // the table: the first line of a label whose figures stand beside a later line (a PDF
        // whose label lines sit further apart than its rows). Its blanks are not its zeros.
        let taken = Set(matched.values)
        for (key, row) in matched {
            guard let position = rows.firstIndex(where: { $0.row == row }), position + 1 < rows.count else { continue }
            let (next, nextColumns) = rows[position + 1]
            let figures = { (r: Int, columns: Range<Int>) in (columns.upperBound..<grid.columnCount).map { grid[r, $0] } }
            if figures(row, rows[position].labelColumns).allSatisfy(\.isBlank), !taken.contains(next),
               figures(next, nextColumns).contains(where: { GridFigure($0.text).isFigure }) {
                matched[key] = nil
            }
        }
        return matched
    }

    /// The figures a row's own label ends in (`一、本年新收政府信息公开申请数量 135 3`): a PDF
    /// whose first figure columns abut the label column, read as one cell. Which columns
    /// they stand in is lost, so none of the row's cells can be read (nor its blanks be zeros).
    static func figuresInLabel(_ grid: TableGrid, row: Int, labelColumns: Range<Int>) -> String? {
        guard let label = ownLabel(grid, row: row, labelColumns: labelColumns) else { return nil }
        let scalars = Array(label.text.unicodeScalars.map(\.folded))
        guard let lastHan = scalars.lastIndex(where: \.isHan) else { return nil }
        let tail = scalars[(lastHan + 1)...]
        guard tail.contains(where: \.isASCIIDigit),
              tail.allSatisfy({ $0.isASCIIDigit || $0.isSpaceLike || $0 == "." || $0 == "," }),
              tail.first?.isSpaceLike == true || !tail.contains(where: { !$0.isASCIIDigit && $0 != "." }) else { return nil }
        return String(String.UnicodeScalarView(tail)).trimmingSpaces
    }

    /// A label that opens a bracket it does not close (`（二）部分公开（区`): the first line of a
    /// label a PDF's geometry could not hold together. With no figure beside it, it is no row
    /// of its own, and reading its blanks as zeros would give the row figures it does not print.
    static func isFragment(_ text: String) -> Bool {
        var depth = 0
        for scalar in text.unicodeScalars {
            if scalar == "（" || scalar == "(" { depth += 1 } else if scalar == "）" || scalar == ")" { depth = max(0, depth - 1) }
        }
        return depth > 0
    }

    /// The list numbers a label prints: ASCII digits followed by `.`, `．` or `、`, before Han text.
    static func listNumbers(_ text: String) -> Set<Int> {
        let scalars = Array(text.unicodeScalars.map(\.folded))
        var numbers = Set<Int>()
        var index = 0
        while index < scalars.count {
            guard scalars[index].isASCIIDigit, index == 0 || !scalars[index - 1].isASCIIDigit else { index += 1; continue }
            var end = index
            while end < scalars.count, scalars[end].isASCIIDigit { end += 1 }
            if end < scalars.count, ".、".unicodeScalars.contains(scalars[end]),
               end + 1 < scalars.count, scalars[end + 1].isHan,
               let number = Int(String(String.UnicodeScalarView(scalars[index..<end]))), number <= 20 {
                numbers.insert(number)
            }
            index = end
        }
        return numbers
    }
}
