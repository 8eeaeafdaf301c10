/// Reads table 3 from its grid: columns by their headers (自然人 … 总计, in whatever order
/// and however many header rows), rows by their labels, one figure per cell.
enum GridApplicationsReader {
    /// Header words of the seven columns, in the spec's order.
    static let columnWords: [[String]] = [["自然人"], ["商业企业"], ["科研机构"], ["社会公益组织", "公益组织"],
                                          ["法律服务机构", "法律服务"], ["其他"], ["总计", "合计"]]
    /// Words only a header row prints.
    static let headerMarkers: [[String]] = [["申请人情况"], ["法人或其他组织"]]

    /// Nil when the grid has no row of table 3: the text reader is then used.
    static func read(_ grid: TableGrid, template: Template?) -> ApplicationsReader.Result? {
        var sections = GridSection.split(grid, meaning: GridSection.byWords(columnWords),
                                         headerWords: columnWords + headerMarkers)
        // A text table's header cells cannot be placed: its columns are the template's when
        // its header names them in the template's order, else what the header maps if it maps
        // every column once.
        if !grid.headersAligned {
            if let ordered = GridSection.templateOrder(grid, count: 7, sequence: [["自然人"], ["商业企业"], ["科研机构"],
                ["社会公益组织", "公益组织"], ["法律服务机构", "法律服务"], ["其他"]]) {
                sections = [ordered]
            } else if !GridSection.complete(sections, count: 7) {
                // Columns in another order than the template's, which text cannot place: read
                // by the text reader they would come out in the template's order, wrongly.
                guard GridSection.namesAll(grid, columnWords) else { return nil }
                let line = grid.rows.lazy.flatMap { $0 }.compactMap(\.line).first
                return ApplicationsReader.Result(table: Applications(rows: Array(repeating: Array(repeating: .unreadable(line: line), count: 7),
                                                                                count: ApplicationRow.allCases.count)),
                    notes: [], warnings: [Diagnostic(line: line, "表三的列与模板的顺序不同，文本中无法确定各列的位置，全部留空",
                                                     hint: "请改用原件（网页、Word 或 PDF），或对照原件填写表三")])
            }
        }
        guard let columns = columnMap(sections, grid: grid) else { return nil }
        var candidates: [(row: Int, labelColumns: Range<Int>)] = []
        var sectionOfRow: [Int: GridSection] = [:]
        for section in sections {
            let current = section.columns.isEmpty ? columns : section
            for row in section.rows {
                candidates.append((row, current.labelColumns))
                sectionOfRow[row] = current
            }
        }
        let matched = GridRowLabels.match(grid, rows: candidates, keys: ApplicationRow.allCases.map { $0.key(template) },
                                          numbers: ApplicationRow.allCases.map(\.numbering))
        guard !matched.isEmpty else { return nil }

        var readings: [[GridReading]] = ApplicationRow.allCases.map { row in
            guard let gridRow = matched[row.rawValue], let section = sectionOfRow[gridRow] else {
                return Array(repeating: GridReading(content: .missingRow, line: nil), count: 7)
            }
            if let figures = GridRowLabels.figuresInLabel(grid, row: gridRow, labelColumns: section.labelColumns) {
                return Array(repeating: GridReading(content: .broken(figures), line: grid[gridRow, 0].line), count: 7)
            }
            return (0..<7).map { GridReading.read(grid, row: gridRow, columns: section.columns(for: $0)) }
        }
        // A column no header names is missing in every row.
        let named = Set(sections.flatMap { $0.columns.values })
        var warnings: [Diagnostic] = []
        let firstLine = grid.rows.lazy.flatMap { $0 }.compactMap(\.line).first
        for column in 0..<7 where !named.contains(column) {
            warnings.append(Diagnostic(line: firstLine, "表三没有“\(Applications.columnLabels[column])”列，该列留空",
                                       hint: "请核对原文表三的表头"))
            for row in readings.indices { if case .figure = readings[row][column].content { readings[row][column].content = .missingColumn } }
        }

        var builder = GridCellBuilder(table: "表三", readings: readings.flatMap { $0 })
        var result = Applications.empty
        for row in ApplicationRow.allCases {
            result[row] = (0..<7).map { column in
                builder.cell(readings[row.rawValue][column],
                             place: "“\(row.label)”行“\(Applications.columnLabels[column])”栏",
                             noteLabel: "\(row.label) \(Applications.columnLabels[column])",
                             isTotal: column == 6 || row == .totalProcessed, row: "“\(row.label)”行", parse: GridCellBuilder.integer)
            }
        }
        builder.finish(line: firstLine)
        warnings += builder.warnings
        if builder.isWhollyBlank {
            warnings.append(Diagnostic(line: firstLine, "表三没有印任何数字，全部留空", hint: "请对照原件填写表三"))
        }
        let optional = template == .y2019 ? ApplicationRow.templateOptional : []
        let missing = ApplicationRow.allCases.filter { matched[$0.rawValue] == nil && !optional.contains($0) }
        if let warning = RowLocator.missingRowsWarning(table: "表三", labels: missing.map(\.label), line: firstLine ?? 0) {
            warnings.append(warning)
        }
        return ApplicationsReader.Result(table: result, notes: builder.notes, warnings: warnings)
    }

    /// The column meanings to use for rows under no header: a grid continued from another
    /// page repeats no header, and one printed without any has figures in seven columns.
    static func columnMap(_ sections: [GridSection], grid: TableGrid) -> GridSection? {
        if let first = sections.first(where: { !$0.columns.isEmpty }) { return first }
        return GridSection.positional(grid, count: 7)
    }
}
