/// Reads table 4 from its grid: each figure's group (行政复议, 未经复议直接起诉, 复议后起诉)
/// and outcome (维持, 纠正, 其他, 尚未审结, 总计) from the headers above it, or from its
/// row's label where a table lists the groups as rows.
enum GridReviewReader {
    static let outcomeWords: [[String]] = [["结果维持", "维持"], ["结果纠正", "纠正"], ["其他结果", "其他"], ["尚未审结", "未审结"],
                                           ["总计", "合计"]]
    /// Most specific first: `行政诉讼复议后起诉` must not read as `行政复议`.
    static let groupWords: [(group: Int, word: String)] = [(1, "未经复议直接起诉"), (1, "直接起诉"), (2, "复议后起诉"),
                                                           (2, "经复议后"), (0, "行政复议")]
    static let headerMarkers: [[String]] = [["行政复议"], ["行政诉讼"], ["未经复议直接起诉"], ["复议后起诉"]]

    static func group(_ han: [Unicode.Scalar]) -> Int? {
        groupWords.first { HanMatch.contains(han, Array($0.word.unicodeScalars)) }?.group
    }

    /// Nil when the grid holds no figure of table 4 under a known header.
    static func read(_ grid: TableGrid) -> ReviewLitigationReader.Result? {
        let outcome = GridSection.byWords(outcomeWords)
        // A column means group × 5 + outcome, or just the outcome (-1 - outcome) when its
        // header names no group.
        let meaning: ([[Unicode.Scalar]], Int) -> Int? = { chain, own in
            guard let found = outcome(chain, own) else { return nil }
            if let group = group(Array(chain.joined())) { return group * 5 + found }
            return -1 - found
        }
        var sections = GridSection.split(grid, meaning: meaning, headerWords: outcomeWords + headerMarkers)
        if !grid.headersAligned {
            // As for table 3: the template's columns when the header names them in its order.
            let outcomes: [[String]] = [["维持"], ["纠正"], ["其他"], ["审结"], ["总计", "合计"]]
            if let ordered = GridSection.templateOrder(grid, count: 15, sequence: [["行政复议"], ["行政诉讼"]] + outcomes
                + [["未经复议", "直接起诉"], ["复议后"]] + outcomes + outcomes) {
                sections = [ordered]
            } else if !GridSection.complete(sections, count: 15) {
                // As for table 3: another order than the template's, which text cannot place.
                guard GridSection.namesAll(grid, outcomeWords + [["行政复议"], ["直接起诉"], ["复议后"]]) else { return nil }
                let line = grid.rows.lazy.flatMap { $0 }.compactMap(\.line).first
                return ReviewLitigationReader.Result(table: .empty.marking(.unreadable(line: line)), notes: [],
                    warnings: [Diagnostic(line: line, "表四的列与模板的顺序不同，文本中无法确定各列的位置，全部留空",
                                          hint: "请改用原件（网页、Word 或 PDF），或对照原件填写表四")], candidates: [])
            }
        }
        var positions: [Int: (row: Int, columns: [Int])] = [:]  // figure index → where
        var ambiguous = false
        for section in sections where !section.columns.isEmpty {
            for row in section.rows {
                let rowGroup = GridRowLabels.ownLabel(grid, row: row, labelColumns: section.labelColumns).flatMap { group($0.han) }
                var byFigure: [Int: [Int]] = [:]
                for (column, value) in section.columns {
                    let index = value >= 0 ? value : rowGroup.map { $0 * 5 + (-1 - value) }
                    if let index { byFigure[index, default: []].append(column) }
                }
                // A row counts when it prints something under the headers.
                let prints = byFigure.values.flatMap { $0 }.contains { !grid[row, $0].isBlank }
                guard prints else { continue }
                for (index, columns) in byFigure {
                    if positions[index] != nil { ambiguous = true }
                    positions[index] = (row, columns.sorted())
                }
            }
        }
        guard !positions.isEmpty, !ambiguous else { return nil }
        let readings = (0..<15).map { index -> GridReading in
            guard let place = positions[index] else { return GridReading(content: .missingColumn, line: nil) }
            return GridReading.read(grid, row: place.row, columns: place.columns)
        }
        let firstLine = grid.rows.lazy.flatMap { $0 }.compactMap(\.line).first
        var warnings: [Diagnostic] = []
        let absent = (0..<15).filter { positions[$0] == nil }
        if !absent.isEmpty {
            let names = absent.map { "\(ReviewAndLitigation.groupLabels[$0 / 5])“\(ReviewAndLitigation.Outcomes.labels[$0 % 5])”" }
            warnings.append(Diagnostic(line: firstLine, "表四没有找到以下 \(absent.count) 栏，留空：\(names.joined(separator: "、"))",
                                       hint: "请核对原文表四的表头"))
        }
        var builder = GridCellBuilder(table: "表四", readings: readings)
        let cells = (0..<15).map { index in
            let label = ReviewAndLitigation.groupLabels[index / 5] + " " + ReviewAndLitigation.Outcomes.labels[index % 5]
            return builder.cell(readings[index], place: "“\(label)”栏", noteLabel: label, isTotal: index % 5 == 4, parse: GridCellBuilder.integer)
        }
        builder.finish(line: firstLine)
        warnings += builder.warnings
        if builder.isWhollyBlank {
            warnings.append(Diagnostic(line: firstLine, "表四没有印任何数字，全部留空", hint: "请对照原件填写表四"))
        }
        return ReviewLitigationReader.Result(table: ReviewAndLitigation(cells: cells), notes: builder.notes,
                                             warnings: warnings, candidates: [])
    }
}
