/// Reads table 2 from the body of part 二, in the layout of either template.
///
/// Table 2 has no sums, so digits printed together can be split only when a
/// single reading exists; otherwise the row stays empty with the readings listed.
enum ActiveDisclosureReader {
    struct Result {
        var table: ActiveDisclosure
        var notes: [String]
        var warnings: [Diagnostic]
    }

    static let table = "表二"

    /// The template a part 二 follows, judged from its column headers.
    static func template(_ document: SourceDocument, range: Range<Int>) -> Template? {
        template(han: String(String.UnicodeScalarView(document.folded[range].filter(\.isHan))))
    }

    /// The template a table's Han text follows, by the column headers only one template prints.
    static func template(han: String) -> Template? {
        if ["新制作数量", "新公开数量", "上一年项目数量", "政府集中采购", "对外公开总数量"].contains(where: han.contains) { return .y2019 }
        if ["制发件数", "废止件数", "现行有效件数", "收费金额"].contains(where: han.contains) { return .y2021 }
        return nil
    }

    static func read(_ document: SourceDocument, range: Range<Int>, template: Template) -> Result {
        template == .y2021 ? read2021(document, range: range) : read2019(document, range: range)
    }

    private static func read2021(_ document: SourceDocument, range: Range<Int>) -> Result {
        let documentColumns = ["本年制发件数", "本年废止件数", "现行有效件数"]
        let specs = [
            RowSpec(key: "规章", label: "规章", numbering: nil, columns: documentColumns, kinds: [.integer, .integer, .integer]),
            RowSpec(key: "规范性文件", label: "行政规范性文件", numbering: nil, columns: documentColumns, kinds: [.integer, .integer, .integer]),
            RowSpec(key: "行政许可", label: "行政许可", numbering: nil, columns: ["本年处理决定数量"], kinds: [.integer]),
            RowSpec(key: "行政处罚", label: "行政处罚", numbering: nil, columns: ["本年处理决定数量"], kinds: [.integer]),
            RowSpec(key: "行政强制", label: "行政强制", numbering: nil, columns: ["本年处理决定数量"], kinds: [.integer]),
            RowSpec(key: "行政事业性收费", label: "行政事业性收费", numbering: nil, columns: ["本年收费金额（万元）"], kinds: [.decimal]),
        ]
        let collector = Collector(document: document, range: range, specs: specs)
        let table = ActiveDisclosure(template: .y2021, integer: { collector.integers($0)[$1] },
                                     decimal: { collector.decimals($0)[$1] }, unit: nil)
        return Result(table: table, notes: collector.notes, warnings: collector.warnings)
    }

    private static func read2019(_ document: SourceDocument, range: Range<Int>) -> Result {
        let documentColumns = ["本年新制作数量", "本年新公开数量", "对外公开总数量"]
        let itemColumns = ["上一年项目数量", "本年增/减", "处理决定数量"]
        let itemKinds: [RunSplitter.PieceKind] = [.integer, .signedInteger, .integer]
        let specs = [
            RowSpec(key: "规章", label: "规章", numbering: nil, columns: documentColumns, kinds: [.integer, .integer, .integer]),
            RowSpec(key: "规范性文件", label: "规范性文件", numbering: nil, columns: documentColumns, kinds: [.integer, .integer, .integer]),
            RowSpec(key: "行政许可", label: "行政许可", numbering: nil, columns: itemColumns, kinds: itemKinds),
            RowSpec(key: "其他对外管理服务事项", label: "其他对外管理服务事项", numbering: nil, columns: itemColumns, kinds: itemKinds),
            RowSpec(key: "行政处罚", label: "行政处罚", numbering: nil, columns: itemColumns, kinds: itemKinds),
            RowSpec(key: "行政强制", label: "行政强制", numbering: nil, columns: itemColumns, kinds: itemKinds),
            RowSpec(key: "行政事业性收费", label: "行政事业性收费", numbering: nil, columns: ["上一年项目数量", "本年增/减"],
                    kinds: [.integer, .signedInteger]),
            RowSpec(key: "政府集中采购", label: "政府集中采购", numbering: nil, columns: ["采购项目数量", "采购总金额"],
                    kinds: [.integer, .decimal]),
        ]
        let collector = Collector(document: document, range: range, specs: specs)
        let table = ActiveDisclosure(template: .y2019, integer: { collector.integers($0)[$1] },
                                     decimal: { collector.decimals($0)[$1] }, unit: collector.unit(7))
        return Result(table: table, notes: collector.notes, warnings: collector.warnings)
    }

    /// Reads each row once and hands out its cells as integers or decimals.
    struct Collector {
        let document: SourceDocument
        let located: [LocatedRow]
        var readings: [RowReading]
        var notes: [String] = []
        var warnings: [Diagnostic] = []

        init(document: SourceDocument, range: Range<Int>, specs: [RowSpec]) {
            self.document = document
            located = RowLocator.locate(specs, in: document, range: range, headerOrder: TextTableRefusal.activeDisclosureOrder)
            readings = located.map { row in
                RowReading.read(row, table: ActiveDisclosureReader.table, document: document,
                                splitter: RunSplitter(kinds: row.spec.kinds, groupSize: row.spec.kinds.count, lastIsSum: false))
            }
            if let warning = RowLocator.refusalWarning(located, table: ActiveDisclosureReader.table, document: document) {
                warnings.append(warning)
            }
            if located.contains(where: { $0.label != nil }) {
                if let warning = RowLocator.missingRowsWarning(table: "表二", labels: located.filter { $0.label == nil }.map(\.spec.label),
                                                               line: document.line(at: range.lowerBound)) {
                    warnings.append(warning)
                }
            } else {
                warnings.append(Diagnostic(line: document.line(at: range.lowerBound),
                    "没有找到表二（主动公开政府信息情况）的行标签", hint: "表二的数字全部留空"))
            }
            for (index, reading) in readings.enumerated() {
                notes += reading.notes
                warnings += reading.warnings
                if !reading.candidates.isEmpty {
                    let line = located[index].values.first.map { document.line(at: $0.start) }
                    warnings.append(Diagnostic(line: line,
                        "表二“\(located[index].spec.label)”行的数字在原文中连写，有多种读法：\(RowReading.describe(reading.candidates))；无法确定，已留空",
                        hint: "请对照原件填写该行"))
                }
                if reading.wasSplit && reading.candidates.isEmpty && reading.pieces.allSatisfy({ $0 != nil }) {
                    notes.append("表二“\(located[index].spec.label)”行的数字在原文中连写，只有一种读法：" +
                                 reading.pieces.compactMap { $0?.text }.joined(separator: "、"))
                }
            }
        }

        private func status(_ row: Int, _ column: Int) -> Cell<Int>.Status? {
            guard located[row].label != nil else { return .missing }
            guard let piece = readings[row].pieces[column] else { return .unreadable }
            return piece.mark != nil ? .notApplicable : nil
        }

        func integers(_ row: Int) -> [Cell<Int>] {
            readings[row].pieces.indices.map { column in
                let line = readings[row].lines[column] ?? located[row].label.map { document.line(at: $0.lowerBound) }
                if let status = status(row, column) { return Cell(nil, status: status, line: status == .missing ? nil : line) }
                return .read(Int(readings[row].pieces[column]?.text ?? "") ?? 0, line: line)
            }
        }

        func decimals(_ row: Int) -> [Cell<DecimalNumber>] {
            readings[row].pieces.indices.map { column in
                let line = readings[row].lines[column] ?? located[row].label.map { document.line(at: $0.lowerBound) }
                if let status = status(row, column) {
                    return Cell(nil, status: Cell<DecimalNumber>.Status(rawValue: status.rawValue)!, line: status == .missing ? nil : line)
                }
                return .read(DecimalNumber(readings[row].pieces[column]?.text ?? "")!, line: line)
            }
        }

        /// The unit printed right after the row's last figure, or in its header.
        func unit(_ row: Int) -> String? {
            guard let last = located[row].values.last else { return nil }
            var index = last.start
            while index < document.folded.count, document.folded[index].isASCIIDigit || document.folded[index] == "." { index += 1 }
            while index < document.folded.count, document.folded[index] == " " { index += 1 }
            for unit in ["亿元", "万元", "元"] {
                let scalars = Array(unit.unicodeScalars)
                if index + scalars.count <= document.folded.count,
                   Array(document.folded[index..<index + scalars.count]) == scalars { return unit }
            }
            return nil
        }
    }
}
