@testable import NianbaoReports

/// Writes a complete report with given tables in one of the text layouts real
/// reports arrive in, so tests can parse it back and compare.
struct ReportLayout {
    enum Style: String, CaseIterable, Sendable { case cellPerLine, tabRows, markdown, runTogether }

    var table3: [[Int]]   // 25 × 7
    var table4: [Int]     // 15
    var table2: (rules: [Int], documents: [Int], licensing: Int, penalties: Int, coercion: Int, fees: String)

    static let table3Labels: [String] = [
        "一、本年新收政府信息公开申请数量", "二、上年结转政府信息公开申请数量", "三、本年度办理结果（一）予以公开",
        "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", "（三）不予公开1.属于国家秘密", "2.其他法律行政法规禁止公开",
        "3.危及“三安全一稳定”", "4.保护第三方合法权益", "5.属于三类内部事务信息", "6.属于四类过程性信息", "7.属于行政执法案卷",
        "8.属于行政查询事项", "（四）无法提供1.本机关不掌握相关政府信息", "2.没有现成信息需要另行制作", "3.补正后申请内容仍不明确",
        "（五）不予处理1.信访举报投诉类申请", "2.重复申请", "3.要求提供公开出版物", "4.无正当理由大量反复申请",
        "5.要求行政机关确认或重新出具已获取信息",
        "（六）其他处理1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请",
        "2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请", "3.其他", "（七）总计", "四、结转下年度继续办理",
    ]

    func rows(_ style: Style) -> [[String]] {
        var rows: [[String]] = []
        rows.append(["第二十条第（一）项"]); rows.append(["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"])
        rows.append(["规章"] + table2.rules.map(String.init)); rows.append(["行政规范性文件"] + table2.documents.map(String.init))
        rows.append(["第二十条第（五）项"]); rows.append(["信息内容", "本年处理决定数量"]); rows.append(["行政许可", String(table2.licensing)])
        rows.append(["第二十条第（六）项"]); rows.append(["信息内容", "本年处理决定数量"])
        rows.append(["行政处罚", String(table2.penalties)]); rows.append(["行政强制", String(table2.coercion)])
        rows.append(["第二十条第（八）项"]); rows.append(["信息内容", "本年收费金额（单位：万元）"]); rows.append(["行政事业性收费", table2.fees])
        return rows
    }

    func text(_ style: Style) -> String {
        var out = "某某县人民政府2024年政府信息公开工作年度报告\n本报告所列数据的统计期限自2024年1月1日至2024年12月31日止。\n"
        out += "一、总体情况\n2024年，本县依法公开政府信息。\n二、主动公开政府信息情况\n"
        out += render(rows(style), style)
        out += "\n三、收到和处理政府信息公开申请情况\n"
        var t3: [[String]] = [["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", "申请人情况"],
                              ["", "自然人", "法人或其他组织", "总计"],
                              ["", "", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", ""]]
        for (index, label) in Self.table3Labels.enumerated() { t3.append([label] + table3[index].map(String.init)) }
        out += render(t3, style)
        out += "\n四、政府信息公开行政复议、行政诉讼情况\n"
        out += render([["行政复议", "行政诉讼"], ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", "复议后起诉"],
                       ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正", "其他结果", "尚未审结", "总计"],
                       table4.map(String.init)], style)
        out += "\n五、存在的主要问题及改进情况\n问题不少。\n六、其他需要报告的事项\n无。\n"
        return out
    }

    private func render(_ rows: [[String]], _ style: Style) -> String {
        switch style {
        case .cellPerLine: return rows.map { $0.map { "\t" + $0 }.joined(separator: "\n") + "\n" }.joined(separator: "\n")
        case .tabRows: return rows.map { $0.joined(separator: "\t") }.joined(separator: "\n") + "\n"
        case .markdown:
            return rows.map { "| " + $0.joined(separator: " | ") + " |" }.joined(separator: "\n") + "\n"
        case .runTogether: return rows.map { $0.joined() }.joined()
        }
    }

    /// A random table 3 whose rows and columns add up (C1–C3), and a table 4 that does (C4).
    static func random(_ rng: inout SplitMix64) -> ReportLayout {
        var grid = Array(repeating: Array(repeating: 0, count: 7), count: 25)
        func small() -> Int {
            switch rng.next() % 10 {
            case 0..<5: return 0
            case 5..<8: return Int(rng.next() % 10)
            default: return Int(rng.next() % 120)
            }
        }
        for column in 0..<6 {
            for row in 2...22 { grid[row][column] = small() }
            grid[23][column] = (2...22).reduce(0) { $0 + grid[$1][column] }
            grid[1][column] = small() % 5
            grid[24][column] = min(small() % 5, grid[23][column] + grid[1][column])
            grid[0][column] = grid[23][column] + grid[24][column] - grid[1][column]
            if grid[0][column] < 0 { grid[1][column] += -grid[0][column]; grid[0][column] = 0 }
        }
        for row in 0..<25 { grid[row][6] = grid[row][0..<6].reduce(0, +) }
        var table4: [Int] = []
        for _ in 0..<3 {
            let group = (0..<4).map { _ in small() % 30 }
            table4 += group + [group.reduce(0, +)]
        }
        return ReportLayout(table3: grid, table4: table4,
                            table2: ([0, 0, Int(rng.next() % 5)], [Int(rng.next() % 9), Int(rng.next() % 9), Int(rng.next() % 90)],
                                     Int(rng.next() % 50_000), Int(rng.next() % 3_000), Int(rng.next() % 100),
                                     "\(rng.next() % 40_000).\(rng.next() % 1_000_000)"))
    }
}

/// A small deterministic random generator, so property tests are repeatable.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E3779B97F4A7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58476D1CE4E5B9
        z = (z ^ (z >> 27)) &* 0x94D049BB133111EB
        return z ^ (z >> 31)
    }
}
