import NianbaoReports

/// The lines `nianbao check` prints: one per report, then the problems with file:line.
public enum CheckSummary {
    public static func lines(for files: [ReportFile]) -> (reports: [String], problems: [String]) {
        var reports: [String] = []
        var problems: [String] = []
        for file in files {
            // Warnings and read errors first in a file's problems, then its failed checks.
            problems += file.problems.map(\.description)
            switch file.result {
            case .success(let report):
                let passed = report.checks.filter { $0.passed == true }.map { $0.rule }
                let failed = report.checks.filter { $0.passed == false }.map { $0.rule }
                let unchecked = report.checks.filter { $0.passed == nil }.map { $0.rule }
                var checks = "通过 \(passed.isEmpty ? "无" : passed.joined(separator: ","))"
                if !failed.isEmpty { checks += "；未通过 \(failed.joined(separator: ","))" }
                if !unchecked.isEmpty { checks += "；无法检查 \(unchecked.joined(separator: ","))" }
                let agency = report.metadata.agency ?? "（机关不明）"
                let year = report.metadata.year.map { String($0) } ?? "（年度不明）"
                let template = "模板 " + (report.template?.rawValue ?? "不明")
                let fields: [String] = [file.path, agency, year, template, checks, "警告 \(report.warnings.count)"]
                reports.append(fields.joined(separator: "\t"))
                for check in report.checks where check.passed == false {
                    for failure in check.failures {
                        problems.append("\(file.path): \(check.rule) 未通过：\(failure.detail)")
                    }
                }
            case .failure:
                reports.append("\(file.path)\t无法读取")
            }
        }
        return (reports, problems)
    }
}
