/// Rules C6 and C7: consecutive years of one agency must agree.
///
/// These need two reports, so they are not part of a single report's
/// `checks` (which stay identical to `nianbao parse`); the site runs them for
/// each pair of consecutive years and shows them on both report pages.
public enum CrossYearChecks {
    /// C6 and C7 between the report of year Y (`earlier`) and of year Y+1 (`later`).
    public static func check(earlier: Report, later: Report) -> [CheckResult] {
        [c6(earlier, later), c7(earlier, later)]
    }

    /// C6: requests carried forward at the end of Y are those carried over into Y+1, per column.
    static func c6(_ earlier: Report, _ later: Report) -> CheckResult {
        var failures: [CheckResult.Failure] = []
        var checked = 0
        let y = earlier.metadata.year.map(String.init) ?? "?", z = later.metadata.year.map(String.init) ?? "?"
        for column in 0..<7 {
            guard let forward = earlier.applications.value(.carriedForward, column),
                  let over = later.applications.value(.carriedOver, column) else { continue }
            checked += 1
            if forward != over {
                failures.append(.init(detail: "“\(Applications.columnLabels[column])”列：\(y) 年结转下年度 \(forward)，\(z) 年上年结转 \(over)",
                                      cells: ["\(y):applications.rows.carriedForward[\(column)]", "\(z):applications.rows.carriedOver[\(column)]"]))
            }
        }
        return TableChecks.result("C6", checked: checked, of: 7, unit: "列",
                                  rule: "\(y) 年“结转下年度继续办理”等于 \(z) 年“上年结转”", failures: failures,
                                  cells: ["\(y):applications.rows.carriedForward", "\(z):applications.rows.carriedOver"])
    }

    /// C7: documents in force at the end of Y, plus those issued and less those repealed in Y+1, are those in force at the end of Y+1.
    static func c7(_ earlier: Report, _ later: Report) -> CheckResult {
        var failures: [CheckResult.Failure] = []
        var checked = 0
        let y = earlier.metadata.year.map(String.init) ?? "?", z = later.metadata.year.map(String.init) ?? "?"
        let kinds: [(String, String, KeyPath<ActiveDisclosure, ActiveDisclosure.Documents>)] = [
            ("规章", "rules", \.rules), ("行政规范性文件", "normativeDocuments", \.normativeDocuments),
        ]
        for (label, key, path) in kinds {
            let before = earlier.activeDisclosure[keyPath: path], after = later.activeDisclosure[keyPath: path]
            guard let inForce = before.inForce.value, let issued = after.issued.value, let repealed = after.repealed.value,
                  let now = after.inForce.value else { continue }
            checked += 1
            if inForce + issued - repealed != now {
                failures.append(.init(
                    detail: "\(label)：\(y) 年现行有效 \(inForce) + \(z) 年制发 \(issued) − 废止 \(repealed) = \(inForce + issued - repealed)，\(z) 年现行有效为 \(now)",
                    cells: ["\(y):activeDisclosure.\(key).inForce", "\(z):activeDisclosure.\(key).issued",
                            "\(z):activeDisclosure.\(key).repealed", "\(z):activeDisclosure.\(key).inForce"]))
            }
        }
        return TableChecks.result("C7", checked: checked, of: 2, unit: "项",
                                  rule: "\(y) 年现行有效件数 + \(z) 年制发 − 废止 = \(z) 年现行有效件数（规章、行政规范性文件）",
                                  failures: failures, cells: [])
    }
}
