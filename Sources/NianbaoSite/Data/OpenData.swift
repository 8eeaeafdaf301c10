import NianbaoReports

/// The site's downloads: every report as JSON (narrative left out), one CSV
/// row per report with every table figure, and a README saying what each
/// column means.
enum OpenData {
    /// One report's entry: its JSON less the narrative, indented as an item of the array.
    static func entry(_ report: Report) -> String {
        guard case .object(let fields) = report.json else { return "{}" }
        return JSONValue.object(fields.filter { $0.0 != "sections" }).rendered(indent: 1)
    }

    /// `data/reports.json`, handed to `write` a report at a time (the same text as one JSON
    /// array rendered whole), so no more than one report's JSON is held at once.
    static func reportsJSON(_ reports: [PublishedReport], entry: (PublishedReport) -> String,
                            write: (String) throws -> Void) rethrows {
        if reports.isEmpty { return try write("[]\n") }
        try write("[\n")
        for (index, published) in reports.enumerated() {
            try write("  " + entry(published) + (index + 1 < reports.count ? ",\n" : "\n"))
        }
        try write("]\n")
    }

    /// Column name, meaning, and the value for a report.
    struct Column {
        var name: String
        var meaning: String
        var value: (Report) -> String
    }

    static var columns: [Column] {
        var columns: [Column] = [
            Column(name: "agency", meaning: "发布机关") { $0.metadata.agency ?? "" },
            Column(name: "year", meaning: "报告年度（统计年度）") { $0.metadata.year.map(String.init) ?? "" },
            Column(name: "province", meaning: "省级地区") { $0.metadata.region.province ?? "" },
            Column(name: "city", meaning: "市级地区") { $0.metadata.region.city ?? "" },
            Column(name: "county", meaning: "县级地区") { $0.metadata.region.county ?? "" },
            Column(name: "template", meaning: "报告模板：2021 或 2019") { $0.template?.rawValue ?? "" },
            Column(name: "source_file", meaning: "原始文件") { $0.source.file },
            Column(name: "source_sha256", meaning: "原始文件的 SHA-256") { $0.source.sha256 },
            Column(name: "source_url", meaning: "原文网址") { $0.source.url ?? "" },
        ]
        func int(_ cell: Cell<Int>) -> String { cell.value.map(String.init) ?? "" }
        func decimal(_ cell: Cell<DecimalNumber>) -> String { cell.value?.text ?? "" }
        let documentFields: [(String, String, KeyPath<ActiveDisclosure.Documents, Cell<Int>>)] = [
            ("issued", "本年制发件数", \.issued), ("repealed", "本年废止件数", \.repealed), ("in_force", "现行有效件数", \.inForce),
            ("made", "本年新制作数量（2019 年模板）", \.made), ("published", "本年新公开数量（2019 年模板）", \.published),
            ("published_total", "对外公开总数量（2019 年模板）", \.publishedTotal),
        ]
        for (group, label, path) in [("rules", "规章", \ActiveDisclosure.rules), ("normative_documents", "行政规范性文件", \ActiveDisclosure.normativeDocuments)] {
            for (field, meaning, fieldPath) in documentFields {
                columns.append(Column(name: "t2_\(group)_\(field)", meaning: "表二 \(label) \(meaning)") { int($0.activeDisclosure[keyPath: path][keyPath: fieldPath]) })
            }
        }
        columns += [
            Column(name: "t2_licensing", meaning: "表二 行政许可 处理决定数量") { int($0.activeDisclosure.licensing) },
            Column(name: "t2_penalties", meaning: "表二 行政处罚 处理决定数量") { int($0.activeDisclosure.penalties) },
            Column(name: "t2_coercion", meaning: "表二 行政强制 处理决定数量") { int($0.activeDisclosure.coercion) },
            Column(name: "t2_fees", meaning: "表二 行政事业性收费 本年收费金额（万元，2021 年模板）") { decimal($0.activeDisclosure.fees) },
        ]
        for row in ApplicationRow.allCases {
            for (column, key) in Applications.columns.enumerated() {
                columns.append(Column(name: "t3_\(row.key.replacingOccurrences(of: ".", with: "_"))_\(key)",
                                      meaning: "表三 \(row.label) \(Applications.columnLabels[column])") { int($0.applications[row][column]) })
            }
        }
        for (index, group) in ReviewAndLitigation.groupKeys.enumerated() {
            for (field, label) in zip(ReviewAndLitigation.Outcomes.keys, ReviewAndLitigation.Outcomes.labels) {
                columns.append(Column(name: "t4_\(group)_\(field)", meaning: "表四 \(ReviewAndLitigation.groupLabels[index]) \(label)") { report in
                    int(report.reviewAndLitigation.groups[index].cells[ReviewAndLitigation.Outcomes.keys.firstIndex(of: field)!])
                })
            }
        }
        columns.append(Column(name: "checks_failed", meaning: "未通过的核对规则（以空格分隔）") {
            $0.checks.filter { $0.passed == false }.map(\.rule).joined(separator: " ")
        })
        columns.append(Column(name: "warnings", meaning: "解析警告条数") { String($0.warnings.count) })
        return columns
    }

    /// UTF-8 with BOM, so that Excel shows the Chinese; CRLF line ends as RFC 4180 asks.
    static func reportsCSV(_ reports: [PublishedReport]) -> [UInt8] {
        let columns = self.columns
        var lines = [columns.map(\.name).map(quote).joined(separator: ",")]
        for published in reports {
            lines.append(columns.map { quote($0.value(published.report)) }.joined(separator: ","))
        }
        return [0xEF, 0xBB, 0xBF] + Array((lines.joined(separator: "\r\n") + "\r\n").utf8)
    }

    static func quote(_ field: String) -> String {
        var field = field
        // A text cell starting like a formula would run as one in a spreadsheet (CSV
        // injection): an apostrophe keeps it text. Numbers are left as they are.
        if let first = field.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first), Double(field) == nil {
            field = "'" + field
        }
        guard field.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    static func readme(_ reports: [PublishedReport]) -> String {
        var text = """
        政府信息公开工作年度报告 开放数据
        ================================

        本目录中的数据由 nianbao 从各机关发布的年度报告原文中解析得出，共 \(reports.count) 份报告。
        每个数字都取自原文；无法确定的数字留空（JSON 中为 null），并在该报告的 warnings 中说明原因和原文行号。
        数字为 0、不适用（原文为“/”等）和无法读取是三种不同情况：0 写作 0，后两种留空，notes 和 warnings 中有说明。

        文件
        ----
        reports.json  全部报告的结构化数据（不含正文），字段说明见网站“关于数据”页面。
        reports.csv   每份报告一行，每个表格数字一列。UTF-8 编码（带 BOM，便于 Excel 打开）。
        每份报告页面旁的 report.json 与 `nianbao parse` 的输出完全相同，original.* 是原始文件。
        网站根目录的 SHA256SUMS 列出所有文件的校验值，可用 `sha256sum -c SHA256SUMS` 核对。

        核对规则（勾稽关系）
        --------------------
        C1 表三每行：总计 = 六类申请人之和
        C2 表三每列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度
        C3 表三每列：办理结果总计 = 各项办理结果之和
        C4 表四每组：总计 = 维持 + 纠正 + 其他 + 尚未审结
        C5 正文所述件数与表格一致

        reports.csv 各列含义
        --------------------

        """
        for column in columns { text += "\(column.name)\t\(column.meaning)\n" }
        return text
    }
}
