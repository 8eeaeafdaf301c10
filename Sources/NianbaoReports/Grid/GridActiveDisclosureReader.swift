/// Reads table 2 from its grid. The table is several small tables under one another, each
/// with its own header row (信息内容 | 本年制发件数 | 本年废止件数 | 现行有效件数, then
/// 信息内容 | 本年处理决定数量, …): each row's figures are read under the header above it.
enum GridActiveDisclosureReader {
    /// A row of the table: its label and the column meanings it has, in order.
    struct RowShape { var label: String; var key: String; var columns: [Int] }

    enum Column2021: Int, CaseIterable { case issued, repealed, inForce, decisions, fee }
    static let words2021: [[String]] = [["本年制发件数", "制发件数", "制发"], ["本年废止件数", "废止件数", "废止"],
                                        ["现行有效件数", "现行有效"], ["本年处理决定数量", "处理决定"], ["收费金额"]]
    enum Column2019: Int, CaseIterable { case made, published, publishedTotal, previousYear, change, decisions, projects, amount }
    static let words2019: [[String]] = [["本年新制作数量", "新制作"], ["本年新公开数量", "新公开"], ["对外公开总数量", "公开总数"],
                                        ["上一年项目数量", "上一年"], ["本年增减", "增减"], ["处理决定数量", "处理决定"],
                                        ["采购项目数量"], ["采购总金额", "总金额"]]
    static let headerMarkers: [[String]] = [["信息内容"]]

    static func shapes(_ template: Template) -> [RowShape] {
        if template == .y2021 {
            let documents = [Column2021.issued, .repealed, .inForce].map(\.rawValue)
            return [RowShape(label: "规章", key: "规章", columns: documents),
                    RowShape(label: "行政规范性文件", key: "规范性文件", columns: documents),
                    RowShape(label: "行政许可", key: "行政许可", columns: [Column2021.decisions.rawValue]),
                    RowShape(label: "行政处罚", key: "行政处罚", columns: [Column2021.decisions.rawValue]),
                    RowShape(label: "行政强制", key: "行政强制", columns: [Column2021.decisions.rawValue]),
                    RowShape(label: "行政事业性收费", key: "行政事业性收费", columns: [Column2021.fee.rawValue])]
        }
        let documents = [Column2019.made, .published, .publishedTotal].map(\.rawValue)
        let items = [Column2019.previousYear, .change, .decisions].map(\.rawValue)
        return [RowShape(label: "规章", key: "规章", columns: documents),
                RowShape(label: "规范性文件", key: "规范性文件", columns: documents),
                RowShape(label: "行政许可", key: "行政许可", columns: items),
                RowShape(label: "其他对外管理服务事项", key: "其他对外管理服务事项", columns: items),
                RowShape(label: "行政处罚", key: "行政处罚", columns: items),
                RowShape(label: "行政强制", key: "行政强制", columns: items),
                RowShape(label: "行政事业性收费", key: "行政事业性收费", columns: [Column2019.previousYear, .change].map(\.rawValue)),
                RowShape(label: "政府集中采购", key: "政府集中采购", columns: [Column2019.projects, .amount].map(\.rawValue))]
    }

    static func columnLabel(_ template: Template, _ column: Int) -> String {
        template == .y2021 ? ["本年制发件数", "本年废止件数", "现行有效件数", "本年处理决定数量", "本年收费金额（万元）"][column]
            : ["本年新制作数量", "本年新公开数量", "对外公开总数量", "上一年项目数量", "本年增/减", "处理决定数量", "采购项目数量", "采购总金额"][column]
    }

    /// Nil when the grid has no row of table 2 with figures under a header.
    static func read(_ grid: TableGrid, template: Template) -> ActiveDisclosureReader.Result? {
        let words = template == .y2021 ? words2021 : words2019
        let sections = GridSection.split(grid, meaning: GridSection.byWords(words), headerWords: words + headerMarkers)
        let shapes = shapes(template)
        var candidates: [(row: Int, labelColumns: Range<Int>)] = []
        var sectionOfRow: [Int: GridSection] = [:]
        for section in sections {
            for row in section.rows {
                // Under no header, the label is the first printed cell.
                candidates.append((row, section.columns.isEmpty ? 0..<1 : section.labelColumns))
                sectionOfRow[row] = section
            }
        }
        let matched = GridRowLabels.match(grid, rows: candidates, keys: shapes.map(\.key))
        guard !matched.isEmpty else { return nil }
        var notes: [String] = []
        var readings: [[GridReading]] = []
        for (index, shape) in shapes.enumerated() {
            guard let row = matched[index], let section = sectionOfRow[row] else {
                readings.append(shape.columns.map { _ in GridReading(content: .missingRow, line: nil) })
                continue
            }
            if let figures = GridRowLabels.figuresInLabel(grid, row: row, labelColumns: section.labelColumns) {
                readings.append(shape.columns.map { _ in GridReading(content: .broken(figures), line: grid[row, 0].line) })
                continue
            }
            var rowReadings = shape.columns.map { GridReading.read(grid, row: row, columns: section.columns(for: $0)) }
            if rowReadings.contains(where: { if case .missingColumn = $0.content { return true } else { return false } }) {
                // No header names this row's columns: the cells after the label, when there
                // are exactly as many as the row has figures.
                let label = grid.rows[row].first { !$0.isBlank }
                let start = (label?.originColumn ?? 0) + 1
                var cells: [GridCell] = []
                for column in start..<grid.columnCount {
                    let cell = grid[row, column]
                    if !cells.contains(where: { $0.sameCell(as: cell) }) { cells.append(cell) }
                }
                let printed = cells.filter { !$0.isBlank }
                if printed.count == shape.columns.count {
                    rowReadings = printed.map { GridReading(content: .figure(GridFigure($0.text)), line: $0.line) }
                    notes.append("表二“\(shape.label)”行没有表头，按模板列序读取")
                }
            }
            readings.append(rowReadings)
        }
        var builder = GridCellBuilder(table: "表二", readings: readings.flatMap { $0 })
        func place(_ row: Int, _ column: Int) -> String { "“\(shapes[row].label)”行“\(columnLabel(template, shapes[row].columns[column]))”栏" }
        func label(_ row: Int, _ column: Int) -> String { "\(shapes[row].label) \(columnLabel(template, shapes[row].columns[column]))" }
        let table = ActiveDisclosure(template: template, integer: { row, column in
            builder.cell(readings[row][column], place: place(row, column), noteLabel: label(row, column), isTotal: false,
                         row: "“\(shapes[row].label)”行", parse: GridCellBuilder.integer)
        }, decimal: { row, column in
            builder.cell(readings[row][column], place: place(row, column), noteLabel: label(row, column), isTotal: false,
                         row: "“\(shapes[row].label)”行", parse: GridCellBuilder.decimal)
        }, unit: template == .y2019 ? unit(grid, matched[7], sections: sections, sectionOfRow: sectionOfRow) : nil)
        let firstLine = grid.rows.lazy.flatMap { $0 }.compactMap(\.line).first
        builder.finish(line: firstLine)
        var warnings = builder.warnings
        if builder.isWhollyBlank {
            warnings.append(Diagnostic(line: firstLine, "表二没有印任何数字，全部留空", hint: "请对照原件填写表二"))
        }
        let missing = shapes.indices.filter { matched[$0] == nil }.map { shapes[$0].label }
        if let warning = RowLocator.missingRowsWarning(table: "表二", labels: missing, line: firstLine ?? 0) { warnings.append(warning) }
        return ActiveDisclosureReader.Result(table: table, notes: notes + builder.notes, warnings: warnings)
    }

    /// The unit of the procurement amount: printed in its cell or in its column's header.
    static func unit(_ grid: TableGrid, _ row: Int?, sections: [GridSection], sectionOfRow: [Int: GridSection]) -> String? {
        guard let row, let section = sectionOfRow[row] else { return nil }
        let columns = section.columns(for: Column2019.amount.rawValue)
        let texts = columns.map { grid[row, $0].text } + columns.compactMap { section.headerText[$0] }
        for text in texts {
            for unit in ["亿元", "万元", "元"] where text.contains(unit) { return unit }
        }
        return nil
    }
}
