/// Rules C1–C4: the arithmetic the template itself implies.
///
/// A rule is checked wherever all the figures it needs are known; figures that
/// are missing or unreadable make that part unchecked, never a failure.
enum TableChecks {
    static func all(_ applications: Applications, _ review: ReviewAndLitigation) -> [CheckResult] {
        [c1(applications), c2(applications), c3(applications), c4(review)]
    }

    static func path(_ row: ApplicationRow, _ column: Int) -> String { CellPaths.application(row, column) }

    static func c1(_ table: Applications) -> CheckResult {
        var failures: [CheckResult.Failure] = []
        var checked = 0
        // Rows the report's template lacks are left out, not counted as unchecked.
        let rows = ApplicationRow.allCases.filter { row in table[row].contains { $0.status != .missing } }
        for row in rows {
            let values = (0..<7).map { table.value(row, $0) }
            guard values.allSatisfy({ $0 != nil }) else { continue }
            checked += 1
            let sum = values[0..<6].reduce(0) { $0 + $1! }
            if sum != values[6]! {
                failures.append(.init(detail: "“\(row.label)”行：六类申请人合计 \(sum)，总计栏为 \(values[6]!)",
                                      cells: (0..<7).map { path(row, $0) }))
            }
        }
        return result("C1", checked: checked, of: rows.count, unit: "行",
                      rule: "表三每行的“总计”等于六类申请人之和", failures: failures,
                      cells: rows.flatMap { row in (0..<7).map { path(row, $0) } })
    }

    static func c2(_ table: Applications) -> CheckResult {
        var failures: [CheckResult.Failure] = []
        var checked = 0
        for column in 0..<7 {
            guard let new = table.value(.newRequests, column), let carried = table.value(.carriedOver, column),
                  let total = table.value(.totalProcessed, column), let forward = table.value(.carriedForward, column)
            else { continue }
            checked += 1
            if new + carried != total + forward {
                failures.append(.init(
                    detail: "“\(Applications.columnLabels[column])”列：新收 \(new) + 上年结转 \(carried) = \(new + carried)，办理总计 \(total) + 结转下年 \(forward) = \(total + forward)",
                    cells: [path(.newRequests, column), path(.carriedOver, column), path(.totalProcessed, column), path(.carriedForward, column)]))
            }
        }
        let rows: [ApplicationRow] = [.newRequests, .carriedOver, .totalProcessed, .carriedForward]
        return result("C2", checked: checked, of: 7, unit: "列",
                      rule: "表三每列：本年新收 + 上年结转 = 办理结果总计 + 结转下年度", failures: failures,
                      cells: rows.flatMap { row in (0..<7).map { path(row, $0) } })
    }

    static func c3(_ table: Applications) -> CheckResult {
        var failures: [CheckResult.Failure] = []
        var checked = 0
        // Rows the report's template lacks (2019: rows 21 and 22) are not part of the sum;
        // any other missing row leaves its columns unchecked.
        let rows = ApplicationRow.outcomes.filter { row in
            !ApplicationRow.templateOptional.contains(row) || table[row].contains { $0.status != .missing }
        }
        for column in 0..<7 {
            let values = rows.map { table.value($0, column) }
            guard let total = table.value(.totalProcessed, column), values.allSatisfy({ $0 != nil }) else { continue }
            checked += 1
            let sum = values.reduce(0) { $0 + $1! }
            if sum != total {
                failures.append(.init(detail: "“\(Applications.columnLabels[column])”列：各项办理结果之和 \(sum)，总计为 \(total)",
                                      cells: (rows + [.totalProcessed]).map { path($0, column) }))
            }
        }
        return result("C3", checked: checked, of: 7, unit: "列",
                      rule: "表三每列：办理结果总计 = 第三项各情形之和", failures: failures,
                      cells: (rows + [.totalProcessed]).flatMap { row in (0..<7).map { path(row, $0) } })
    }

    static func c4(_ table: ReviewAndLitigation) -> CheckResult {
        var failures: [CheckResult.Failure] = []
        var checked = 0
        var cells: [String] = []
        for (index, group) in table.groups.enumerated() {
            let key = ReviewAndLitigation.groupKeys[index]
            let groupCells = ReviewAndLitigation.Outcomes.keys.map { CellPaths.intern("reviewAndLitigation.\(key).\($0)") }
            cells += groupCells
            let values = group.cells.map(\.value)
            guard values.allSatisfy({ $0 != nil }) else { continue }
            checked += 1
            let sum = values[0..<4].reduce(0) { $0 + $1! }
            if sum != values[4]! {
                failures.append(.init(detail: "\(ReviewAndLitigation.groupLabels[index])：四种结果之和 \(sum)，总计为 \(values[4]!)",
                                      cells: groupCells))
            }
        }
        return result("C4", checked: checked, of: 3, unit: "组",
                      rule: "表四每组：总计 = 维持 + 纠正 + 其他 + 尚未审结", failures: failures, cells: cells)
    }

    static func result(_ rule: String, checked: Int, of total: Int, unit: String, rule words: String,
                       failures: [CheckResult.Failure], cells: [String]) -> CheckResult {
        let passed: Bool? = checked == 0 ? nil : failures.isEmpty
        var detail = "\(words)："
        if checked == 0 {
            detail += "所需数字缺失，无法检查"
        } else if failures.isEmpty {
            detail += "已检查 \(checked)/\(total) \(unit)，全部相符"
        } else {
            detail += "已检查 \(checked)/\(total) \(unit)，\(failures.count) \(unit)不符"
        }
        if checked > 0 && checked < total { detail += "（其余\(unit)数字缺失，未检查）" }
        return CheckResult(rule: rule, passed: passed, detail: detail, cells: cells, failures: failures)
    }
}
