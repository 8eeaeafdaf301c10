import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

@Suite struct ContentLoaderTests {
    func makeContent(_ files: [String: [UInt8]]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-\(UUID().uuidString)")
        let reports = root.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        for (name, bytes) in files { try Data(bytes).write(to: reports.appendingPathComponent(name)) }
        return root.path
    }

    @Test func checksEveryFileAndNamesTheUnreadableOnesWithoutStopping() async throws {
        let good = Array("某县人民政府2024年政府信息公开工作年度报告\n一、总体情况\n甲。\n二、主动公开政府信息情况\n规章\t0\t0\t0\n".utf8)
        let content = try makeContent(["a.txt": good, "b.pdf": Array("%PDF-1.4".utf8), "c.txt": []])
        defer { try? FileManager.default.removeItem(atPath: content) }
        let files = try await ContentLoader.load(content: content)
        #expect(files.map { ($0.path as NSString).lastPathComponent } == ["a.txt", "b.pdf", "c.txt"])
        let summary = CheckSummary.lines(for: files)
        #expect(summary.reports[0].contains("某县人民政府\t2024\t模板 2021"))
        #expect(summary.reports[1].hasSuffix("无法读取"))
        #expect(summary.problems.contains { $0.hasSuffix("b.pdf:1: 错误：无法打开这个 PDF 文件：文件已损坏或不完整（文件可能下载不完整；请重新下载原文）") })
        #expect(summary.problems.contains { $0.hasSuffix("c.txt:1: 错误：文件是空的，没有可读的内容（请放入报告全文，或删除这个文件）") })
    }

    @Test func doesNotFollowSymbolicLinksOutOfTheReportsFolder() throws {
        let content = try makeContent([:])
        defer { try? FileManager.default.removeItem(atPath: content) }
        try FileManager.default.createSymbolicLink(atPath: content + "/reports/outside.txt", withDestinationPath: "/etc/hostname")
        #expect(try ContentLoader.reportPaths(content: content).isEmpty)
    }

    @Test func saysWhereReportsBelongWhenTheFolderIsMissing() {
        #expect(throws: ContentLoader.LoadError.self) { try ContentLoader.reportPaths(content: "/nonexistent-nianbao") }
    }
}
