/// Reads table 3 from the body of part 三.
///
/// Rows are found by label; each row's figures are read by `RunSplitter`
/// with rule C1 (total = sum of the six applicant columns) as the check that
/// splits digits printed together. Rows that still have several readings are
/// settled by the column rules C2 and C3 when exactly one combination fits.
enum ApplicationsReader {
    struct Result {
        var table: Applications
        var notes: [String]
        var warnings: [Diagnostic]
    }

    static let table = "表三"

    static func read(_ document: SourceDocument, range: Range<Int>, template: Template?) -> Result {
        let specs = ApplicationRow.allCases.map { row in
            RowSpec(key: row.key(template), label: row.label,
                    numbering: row.key(template) == row.label ? row.numbering : nil,
                    columns: Applications.columnLabels, kinds: Array(repeating: .integer, count: 7))
        }
        let splitter = RunSplitter(kinds: Array(repeating: .integer, count: 7), groupSize: 7, lastIsSum: true)
        let located = RowLocator.locate(specs, in: document, range: range,
                                         headerOrder: TextTableRefusal.applicationsOrder)
        var readings = located.map { RowReading.read($0, table: table, document: document, splitter: splitter) }
        var notes: [String] = []
        var warnings: [Diagnostic] = []
        if let warning = RowLocator.refusalWarning(located, table: table, document: document) { warnings.append(warning) }

        resolveByColumns(&readings, located: located, document: document, notes: &notes, warnings: &warnings)

        var result = Applications.empty
        for row in ApplicationRow.allCases {
            let reading = readings[row.rawValue]
            result[row] = (0..<7).map { column in
                guard let piece = reading.pieces[column] else {
                    return located[row.rawValue].label == nil ? .missing : .unreadable(line: reading.lines[column])
                }
                if piece.mark != nil { return Cell(nil, status: .notApplicable, line: reading.lines[column]) }
                return .read(Int(piece.text ?? "") ?? 0, line: reading.lines[column])
            }
            notes += reading.notes
            warnings += reading.warnings
        }
        if readings.contains(where: \.wasSplit) {
            notes.append("表三有的行数字在原文中连写，已按每行的合计关系拆分（只有一种读法）")
        }
        let found = located.filter { $0.label != nil }.count
        // The 2019 template has a single （六）其他处理 row: rows 21 and 22 are not expected.
        let optional = template == .y2019 ? ApplicationRow.templateOptional : []
        if found > 0 {
            let missing = ApplicationRow.allCases.filter { located[$0.rawValue].label == nil && !optional.contains($0) }
            if let warning = RowLocator.missingRowsWarning(table: "表三", labels: missing.map(\.label),
                                                           line: document.line(at: range.lowerBound)) {
                warnings.append(warning)
            }
        }
        if found == 0 {
            warnings.append(Diagnostic(line: document.line(at: range.lowerBound),
                "没有找到表三（收到和处理政府信息公开申请情况）的行标签", hint: "表三的数字全部留空"))
        }
        return Result(table: result, notes: notes, warnings: warnings)
    }

    /// Settles rows with several readings by the column rules C2 and C3.
    private static func resolveByColumns(_ readings: inout [RowReading], located: [LocatedRow], document: SourceDocument,
                                         notes: inout [String], warnings: inout [Diagnostic]) {
        let open = readings.indices.filter { !readings[$0].candidates.isEmpty }
        guard !open.isEmpty else { return }
        let combinations = open.reduce(1) { $0 * min(readings[$1].candidates.count, 10_000) }
        var fitting: [[Int]] = []
        let absent = Set(located.indices.filter {
            located[$0].label == nil && ApplicationRow.templateOptional.contains(ApplicationRow(rawValue: $0)!)
        })
        if combinations <= 20_000 {
            // Figures as integers once; the loop only swaps the open rows in place.
            var grid = readings.map { $0.pieces.map { $0?.text.flatMap { Int($0) } } }
            let options = open.map { row in readings[row].candidates.map { $0.map { $0.text.flatMap { Int($0) } } } }
            var choice = Array(repeating: 0, count: open.count)
            while true {
                for (slot, row) in open.enumerated() { grid[row] = options[slot][choice[slot]] }
                if columnsAddUp(grid, absent: absent) { fitting.append(choice) }
                // Next combination, odometer style.
                var slot = 0
                while slot < open.count {
                    choice[slot] += 1
                    if choice[slot] < options[slot].count { break }
                    choice[slot] = 0
                    slot += 1
                }
                if slot == open.count { break }
            }
        }
        for (slot, row) in open.enumerated() {
            let chosen = Set(fitting.map { $0[slot] })
            let candidates = readings[row].candidates
            let line = located[row].values.first.map { document.line(at: $0.start) }
            if chosen.count == 1, let only = chosen.first {
                readings[row].apply(candidates[only], values: located[row].values, row: located[row], document: document)
                notes.append("表三“\(located[row].spec.label)”行的连写数字有 \(candidates.count) 种符合行合计的读法，按列合计关系（C2、C3）确定为 "
                             + candidates[only].compactMap(\.text).joined(separator: "、"))
            } else {
                readings[row].candidates = []
                warnings.append(Diagnostic(line: line,
                    "表三“\(located[row].spec.label)”行的连写数字有多种读法：\(RowReading.describe(candidates))；无法确定，已留空",
                    hint: "请对照原件填写该行"))
            }
        }
    }

    /// C2 and C3 for every column where all figures are known.
    private static func columnsAddUp(_ grid: [[Int?]], absent: Set<Int>) -> Bool {
        for column in 0..<7 {
            // Rows the template does not have (2019: rows 21, 22) are not part of the sum.
            let outcomes = ApplicationRow.outcomes.filter { !absent.contains($0.rawValue) }.map { grid[$0.rawValue][column] }
            if let total = grid[ApplicationRow.totalProcessed.rawValue][column],
               outcomes.allSatisfy({ $0 != nil }), outcomes.reduce(0, { $0 + $1! }) != total {
                return false
            }
            if let new = grid[0][column], let carried = grid[1][column],
               let total = grid[ApplicationRow.totalProcessed.rawValue][column],
               let forward = grid[ApplicationRow.carriedForward.rawValue][column], new + carried != total + forward {
                return false
            }
        }
        return true
    }
}
