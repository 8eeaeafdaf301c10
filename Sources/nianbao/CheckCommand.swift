import ArgumentParser
import Foundation
import NianbaoSite

struct CheckCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "check",
        abstract: "解析 <content>/reports/ 下的所有报告，逐份列出检查结果和问题。")

    @Option(help: "内容目录") var content = "Content"

    func run() async throws {
        let files: [ReportFile]
        do {
            // Checks read figures and verdicts only: the narrative need not be held.
            files = try await ContentLoader.load(content: content, keeping: { $0.lightened() })
        } catch {
            FileHandle.standardError.write(Data("nianbao: \(error)\n".utf8))
            throw ExitCode(1)
        }
        let summary = CheckSummary.lines(for: files)
        summary.reports.forEach { print($0) }
        if !summary.problems.isEmpty {
            print("\n问题：")
            summary.problems.forEach { print($0) }
        }
        let unreadable = files.filter { if case .failure = $0.result { return true } else { return false } }.count
        print("\n共 \(files.count) 份，无法读取 \(unreadable) 份。")
        if unreadable > 0 { throw ExitCode(1) }
    }
}
