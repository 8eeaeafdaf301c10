import NianbaoReports

/// Tables 2–4 as HTML laid out like the official template: merged header
/// cells with rowspan/colspan, `<th scope>`, totals set apart. Every figure
/// carries its source line; cells of a failed rule are marked.
struct TableRenderer {
    let report: Report
    /// Cells named by failed checks (`applications.rows.newRequests[6]`).
    let failing: Set<String>

    /// - Parameter alsoFailing: cells named by other failed rules (C6/C7 across years), without their `YEAR:` prefix.
    init(_ report: Report, alsoFailing: Set<String> = []) {
        self.report = report
        failing = Set(report.checks.filter { $0.passed == false }.flatMap { $0.failures.flatMap(\.cells) }).union(alsoFailing)
    }

    // MARK: - Cells

    private func td<V>(_ cell: Cell<V>, path: String? = nil, total: Bool = false, colspan: Int = 1,
                       text: (V) -> String) -> HTML {
        var classes: [String] = []
        var attributes: [(String, String)] = colspan > 1 ? [("colspan", String(colspan))] : []
        let content: String
        var title = cell.line.map { "原文" + report.location(ofLine: $0).description }
        switch cell.status {
        case .read:
            content = cell.value.map(text) ?? ""
        case .blankAsZero:
            content = cell.value.map(text) ?? ""
            classes.append("blank-zero")
            title = (title.map { $0 + "：" } ?? "") + "原表空白，按 0 计"
        case .blank:
            content = "空白"; classes.append("blank")
            title = (title.map { $0 + "：" } ?? "") + "原表空白，合计栏不按 0 计，数值未知"
        case .notApplicable:
            content = "/"; classes.append("na")
            title = (title.map { $0 + "：" } ?? "") + "原文为不适用"
        case .unreadable:
            content = "?"; classes.append("unreadable")
            title = (title.map { $0 + "：" } ?? "") + "无法确定，见解析警告"
        case .missing:
            content = "—"; classes.append("missing")
            title = "报告中没有此项"
        }
        if let title { attributes.append(("title", title)) }
        if total { classes.append("total") }
        var body = HTML(text: content)
        if cell.status == .blankAsZero {
            // Not by colour alone: the mark and its words are there for every reader.
            body = body + HTML.element("span", [("class", "blank-mark"), ("aria-hidden", "true")], HTML(text: "空"))
                + HTML.element("span", [("class", "visually-hidden")], HTML(text: "（原表空白，按 0 计）"))
        }
        if let path, failing.contains(path) {
            classes.append("fail")
            // Not by colour alone: screen readers and print get words too.
            body = body + HTML.element("span", [("class", "visually-hidden")], HTML(text: "（核对未通过）"))
        }
        if !classes.isEmpty { attributes.append(("class", classes.joined(separator: " "))) }
        if let path { attributes.append(("data-cell", path)) }
        return HTML.element("td", attributes, body)
    }

    private func int(_ cell: Cell<Int>, path: String? = nil, total: Bool = false, colspan: Int = 1) -> HTML {
        td(cell, path: path, total: total, colspan: colspan) { String($0) }
    }

    private func th(_ text: String, scope: String = "row", rowspan: Int = 1, colspan: Int = 1, classes: String? = nil) -> HTML {
        var attributes: [(String, String)] = [("scope", scope)]
        if rowspan > 1 { attributes.append(("rowspan", String(rowspan))) }
        if colspan > 1 { attributes.append(("colspan", String(colspan))) }
        if let classes { attributes.append(("class", classes)) }
        return HTML.element("th", attributes, HTML(text: text))
    }

    private func tr(_ cells: [HTML], classes: String? = nil) -> HTML {
        HTML.element("tr", classes.map { [("class", $0)] } ?? [], HTML.join(cells))
    }

    private func table(_ caption: String, head: [HTML], body: [HTML], classes: String) -> HTML {
        HTML.element("div", [("class", "table-scroll")], HTML.element("table", [("class", classes)],
            HTML.element("caption", [], HTML(text: caption)) + HTML.element("thead", [], HTML.join(head))
                + HTML.element("tbody", [], HTML.join(body))))
    }

    // MARK: - Table 2

    var activeDisclosure: HTML {
        let a = report.activeDisclosure
        var rows: [HTML] = []
        func group(_ title: String, _ columns: [String]) {
            rows.append(tr([th(title, scope: "colgroup", colspan: 4)], classes: "group"))
            let span = columns.count == 1 ? 3 : 1
            rows.append(tr([th("信息内容", scope: "col")] + columns.map { th($0, scope: "col", colspan: span) }))
        }
        func change(_ cell: Cell<Int>) -> HTML { td(cell) { $0 > 0 ? "+\($0)" : String($0) } }
        let none = HTML.element("td", [("class", "missing")], HTML(text: "—"))
        if a.template == .y2019 {
            let items = ["上一年项目数量", "本年增/减", "处理决定数量"]
            group("第二十条第（一）项", ["本年新制作数量", "本年新公开数量", "对外公开总数量"])
            rows.append(tr([th("规章"), int(a.rules.made), int(a.rules.published), int(a.rules.publishedTotal)]))
            rows.append(tr([th("规范性文件"), int(a.normativeDocuments.made), int(a.normativeDocuments.published), int(a.normativeDocuments.publishedTotal)]))
            group("第二十条第（五）项", items)
            rows.append(tr([th("行政许可"), int(a.licensingItems.previousYear), change(a.licensingItems.change), int(a.licensing)]))
            rows.append(tr([th("其他对外管理服务事项"), int(a.otherServicesItems.previousYear), change(a.otherServicesItems.change), int(a.otherServices)]))
            group("第二十条第（六）项", items)
            rows.append(tr([th("行政处罚"), int(a.penaltiesItems.previousYear), change(a.penaltiesItems.change), int(a.penalties)]))
            rows.append(tr([th("行政强制"), int(a.coercionItems.previousYear), change(a.coercionItems.change), int(a.coercion)]))
            group("第二十条第（八）项", ["上一年项目数量", "本年增/减", ""])
            rows.append(tr([th("行政事业性收费"), int(a.feesItems.previousYear), change(a.feesItems.change), none]))
            group("第二十条第（九）项", ["采购项目数量", "采购总金额", ""])
            rows.append(tr([th("政府集中采购"), int(a.procurement.projects),
                            td(a.procurement.amount) { $0.text + (a.procurement.unit ?? "") }, none]))
            return table("表二　主动公开政府信息情况（2019 年模板）", head: [], body: rows, classes: "report-table t2")
        }
        group("第二十条第（一）项", ["本年制发件数", "本年废止件数", "现行有效件数"])
        rows.append(tr([th("规章")] + ["issued", "repealed", "inForce"].enumerated().map { index, key in
            int([a.rules.issued, a.rules.repealed, a.rules.inForce][index], path: "activeDisclosure.rules.\(key)")
        }))
        rows.append(tr([th("行政规范性文件")] + ["issued", "repealed", "inForce"].enumerated().map { index, key in
            int([a.normativeDocuments.issued, a.normativeDocuments.repealed, a.normativeDocuments.inForce][index],
                path: "activeDisclosure.normativeDocuments.\(key)")
        }))
        group("第二十条第（五）项", ["本年处理决定数量"])
        rows.append(tr([th("行政许可"), int(a.licensing, colspan: 3)]))
        group("第二十条第（六）项", ["本年处理决定数量"])
        rows.append(tr([th("行政处罚"), int(a.penalties, colspan: 3)]))
        rows.append(tr([th("行政强制"), int(a.coercion, colspan: 3)]))
        group("第二十条第（八）项", ["本年收费金额（单位：万元）"])
        rows.append(tr([th("行政事业性收费"), td(a.fees, colspan: 3) { $0.text }]))
        return table("表二　主动公开政府信息情况", head: [], body: rows, classes: "report-table t2")
    }

    // MARK: - Table 3

    /// Label cells printed before each row's figures, with the template's merges.
    private func labels(_ row: ApplicationRow, twoZeroOneNine: Bool) -> [HTML] {
        switch row {
        case .newRequests: return [th("一、本年新收政府信息公开申请数量", colspan: 3)]
        case .carriedOver: return [th("二、上年结转政府信息公开申请数量", colspan: 3)]
        case .disclosed: return [th("三、本年度办理结果", rowspan: twoZeroOneNine ? 20 : 22), th("（一）予以公开", colspan: 2)]
        case .partiallyDisclosed: return [th("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", colspan: 2)]
        case .stateSecret: return [th("（三）不予公开", rowspan: 8), th("1. 属于国家秘密")]
        case .notHeld: return [th("（四）无法提供", rowspan: 3), th("1. 本机关不掌握相关政府信息")]
        case .petitions: return [th("（五）不予处理", rowspan: 5), th("1. 信访举报投诉类申请")]
        case .noCorrection: return [th("（六）其他处理", rowspan: 3), th("1. 申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请")]
        case .unpaidFees: return [th("2. 申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请")]
        case .other: return twoZeroOneNine ? [th("（六）其他处理", colspan: 2)] : [th("3. 其他")]
        case .totalProcessed: return [th("（七）总计", colspan: 2, classes: "total")]
        case .carriedForward: return [th("四、结转下年度继续办理", colspan: 3)]
        default:
            return [th("\(row.numbering.map { "\($0). " } ?? "")\(row.label)")]
        }
    }

    var applications: HTML {
        let twoZeroOneNine = report.template == .y2019
        let head = [
            tr([HTML.element("td", [("rowspan", "3"), ("colspan", "3"), ("class", "corner")],
                             HTML(text: "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）")),
                th("申请人情况", scope: "colgroup", colspan: 7)]),
            tr([th("自然人", scope: "col", rowspan: 2), th("法人或其他组织", scope: "colgroup", colspan: 5),
                th("总计", scope: "col", rowspan: 2, classes: "total")]),
            tr(["商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他"].map { th($0, scope: "col") }),
        ]
        var body: [HTML] = []
        for row in ApplicationRow.allCases {
            if twoZeroOneNine && ApplicationRow.templateOptional.contains(row) { continue }
            let cells = report.applications[row].enumerated().map { column, cell in
                int(cell, path: "applications.rows.\(row.key)[\(column)]", total: column == 6)
            }
            let classes = row == .totalProcessed || row == .newRequests ? "total-row" : nil
            body.append(tr(labels(row, twoZeroOneNine: twoZeroOneNine) + cells, classes: classes))
        }
        return table("表三　收到和处理政府信息公开申请情况", head: head, body: body, classes: "report-table t3")
    }

    // MARK: - Table 4

    var reviewAndLitigation: HTML {
        let outcome = ReviewAndLitigation.Outcomes.labels
        let head = [
            tr([th("行政复议", scope: "colgroup", colspan: 5), th("行政诉讼", scope: "colgroup", colspan: 10)]),
            tr(outcome.map { th($0, scope: "col", rowspan: 2, classes: $0 == "总计" ? "total" : nil) }
               + [th("未经复议直接起诉", scope: "colgroup", colspan: 5), th("复议后起诉", scope: "colgroup", colspan: 5)]),
            tr((outcome + outcome).map { th($0, scope: "col", classes: $0 == "总计" ? "total" : nil) }),
        ]
        var cells: [HTML] = []
        for (index, group) in report.reviewAndLitigation.groups.enumerated() {
            let key = ReviewAndLitigation.groupKeys[index]
            for (field, cell) in zip(ReviewAndLitigation.Outcomes.keys, group.cells) {
                cells.append(int(cell, path: "reviewAndLitigation.\(key).\(field)", total: field == "total"))
            }
        }
        return table("表四　政府信息公开行政复议、行政诉讼情况", head: head, body: [tr(cells)], classes: "report-table t4")
    }
}
