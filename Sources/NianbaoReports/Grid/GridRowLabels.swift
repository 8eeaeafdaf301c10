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
    static func match(_ grid: TableGrid, rows: [(row: Int, labelColumns: Range<Int>)], keys: [String]) -> [Int: Int] {
        let keyScalars = keys.map { HanMatch.han($0) }
        var matched: [Int: Int] = [:]
        var cursor = 0
        for (row, labelColumns) in rows {
            guard let label = ownLabel(grid, row: row, labelColumns: labelColumns) else { continue }
            let han = label.han
            var best: (key: Int, length: Int)?
            for key in cursor..<keys.count where matched[key] == nil
                && HanMatch.contains(han, keyScalars[key], tolerant: true) && keyScalars[key].count > (best?.length ?? 0) {
                best = (key, keyScalars[key].count)
            }
            guard let best else { continue }
            matched[best.key] = row
            cursor = best.key + 1
        }
        return matched
    }
}
