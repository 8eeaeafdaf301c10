import NianbaoReports

/// Decides which file is *the* report when several claim one agency and year.
///
/// - Byte-identical copies: one is published, the others are named in a warning.
/// - A chain of corrections (each newer file's front matter `supersedes = "older.txt"`):
///   the newest is the report, the older ones are published as its earlier versions.
/// - Anything else is an error naming every file: the first by path is published with a
///   notice on its page, since nothing says which figures are right.
enum ReportVersions {
    static func resolve(_ reports: [PublishedReport], problems: inout [Problem]) -> [PublishedReport] {
        var groups: [String: [PublishedReport]] = [:]
        for report in reports { groups["\(report.agency)\u{1F}\(report.year)", default: []].append(report) }
        var result: [PublishedReport] = []
        for key in groups.keys.sorted() {
            let group = groups[key]!.sorted { $0.report.source.file < $1.report.source.file }
            result.append(resolveGroup(group, all: reports, problems: &problems))
        }
        // A `supersedes` that names no file of the same agency and year is reported wherever it is.
        for report in reports {
            guard let named = report.report.metadata.supersedes else { continue }
            let same = groups["\(report.agency)\u{1F}\(report.year)"] ?? []
            if same.contains(where: { $0.report.source.file != report.report.source.file && names($0, named) }) { continue }
            let line = report.report.metadata.lines["supersedes"]
            if let other = reports.first(where: { names($0, named) }) {
                problems.append(Problem(file: report.report.source.file, line: line, .error,
                    "前置信息 supersedes 指向的 \(named) 是 \(other.agency) \(other.year) 年的报告，与本报告（\(report.agency) \(report.year) 年）不是同一机关同一年度",
                    hint: "只有同一机关同一年度的报告才能相互更正；请检查文件名，或删去这一行"))
            } else {
                problems.append(Problem(file: report.report.source.file, line: line, .error,
                    "前置信息 supersedes 指向的 \(named) 不在 reports 目录中（或无法读取）",
                    hint: "写被更正的那份文件在 reports 目录下的文件名，例如 supersedes = \"2024-old.txt\""))
            }
        }
        return result
    }

    private static func resolveGroup(_ group: [PublishedReport], all: [PublishedReport], problems: inout [Problem]) -> PublishedReport {
        // Identical bytes are the same report downloaded twice.
        var distinct: [PublishedReport] = []
        for report in group {
            if let same = distinct.first(where: { $0.report.source.sha256 == report.report.source.sha256 }) {
                problems.append(Problem(file: report.report.source.file, line: nil, .warning,
                    "与 \(same.report.source.file) 内容完全相同，只发布了一份",
                    hint: "可以删除其中一份"))
                continue
            }
            distinct.append(report)
        }
        guard distinct.count > 1 else { return distinct[0] }

        // Who corrects whom, within the group.
        var corrects: [Int: Int] = [:]
        for (index, report) in distinct.enumerated() {
            guard let named = report.report.metadata.supersedes,
                  let target = distinct.firstIndex(where: { names($0, named) }), target != index else { continue }
            corrects[index] = target
        }
        let superseded = Set(corrects.values)
        let heads = distinct.indices.filter { !superseded.contains($0) }
        if heads.count == 1 {
            var chain = [heads[0]]
            while let older = corrects[chain.last!], !chain.contains(older) { chain.append(older) }
            if chain.count == distinct.count {
                var current = distinct[chain[0]]
                current.earlierVersions = chain.dropFirst().reversed().enumerated().map { offset, index in
                    var earlier = distinct[index]
                    earlier.version = offset + 1
                    return earlier
                }
                return current
            }
        }
        var first = distinct[0]
        let others = distinct.dropFirst().map(\.report.source.file)
        let shown = fileName(distinct[0])
        let otherNames = distinct.dropFirst().map { fileName($0) }.joined(separator: "、")
        first.conflict = "reports 目录中还有同一机关同一年度的另一份不同报告（\(otherNames)），尚未说明哪一份为准；本页显示的是 \(shown)。"
        problems.append(Problem(file: distinct[0].report.source.file, line: nil, .error,
            "与 \(others.joined(separator: "、")) 是同一机关（\(first.agency)）同一年度（\(first.year)）的不同报告，只发布了 \(shown)",
            hint: "若其中一份是更正版，请在它开头加上前置信息 supersedes = \"\(shown)\"；否则请删除多余的一份"))
        return first
    }

    /// Whether `named` (a front-matter value) is this report's file: its path under
    /// `reports/`, or its name alone.
    private static func names(_ report: PublishedReport, _ named: String) -> Bool {
        let file = report.report.source.file
        return file == named || file.hasSuffix("/" + named) || fileName(report) == named
    }

    private static func fileName(_ report: PublishedReport) -> String {
        String(report.report.source.file.split(separator: "/").last ?? "")
    }
}
