import ArgumentParser
import Foundation
import NianbaoSite

struct BuildCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(commandName: "build",
        abstract: "把 <content>/reports/ 下的报告生成为静态网站。")

    @Option(help: "内容目录（含 reports/ 和可选的 site.toml）") var content = "Content"
    @Option(help: "主题名（Themes/<名称>/，缺少的模板用 default 补齐）") var theme: String?
    @Option(help: "主题所在目录") var themes = "Themes"
    @Option(help: "输出目录") var output = "Public"
    @Option(name: .customLong("base-url"), help: "网站地址，仅用于订阅源和网站地图中的绝对链接") var baseURL: String?
    @Flag(help: "有任何问题时以状态 1 退出") var strict = false
    @Flag(help: "输出目录已有非 nianbao 生成的文件时也覆盖") var force = false
    @Option(help: "保存解析结果的缓存目录，重建时只解析有变化的文件（默认：输出目录旁的 .nianbao-cache）") var cache: String?
    @Flag(name: .customLong("no-cache"), help: "不使用缓存，重新解析每一份报告") var noCache = false

    func run() async throws {
        let started = Date()
        let options = SiteBuild.Options(content: content, themes: themes, theme: theme, output: output,
                                        baseURL: baseURL, force: force,
                                        cache: noCache ? nil : (cache ?? Self.defaultCache(beside: output)))
        let summary: SiteBuild.Summary
        do {
            // A progress line only on a terminal; logs and pipes get the summary alone.
            let terminal = isatty(STDERR_FILENO) == 1
            summary = try await SiteBuild.run(options) { step in
                if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K\(step)".utf8)) }
            }
            if terminal { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        } catch {
            FileHandle.standardError.write(Data("nianbao: \(error)\n".utf8))
            throw ExitCode(1)
        }
        for problem in summary.problems { print(problem) }
        let seconds = String(format: "%.2f", Date().timeIntervalSince(started))
        if summary.upToDate {
            print("没有变化：报告、主题和设置都与上次生成时相同，\(output)/ 已是最新，未改动任何文件（\(summary.reports) 份报告，"
                  + "问题 \(summary.problems.count) 个）；用时 \(seconds) 秒。")
        } else {
            print("已生成 \(summary.reports) 份报告、\(summary.pages) 个页面（共 \(summary.files) 个文件，其中 \(summary.written) 个有变化，"
                  + "\(summary.linked) 个与上次相同、保留原文件）到 \(output)/；"
                  + "核对未通过的报告 \(summary.failedReports) 份，解析警告 \(summary.warnings) 条，问题 \(summary.problems.count) 个；用时 \(seconds) 秒。")
        }
        print("用浏览器打开 \(output)/index.html 即可浏览（无需网络）。")
        if strict && !summary.problems.isEmpty { throw ExitCode(1) }
    }

    /// `.nianbao-cache` in the folder that holds the output folder.
    static func defaultCache(beside output: String) -> String {
        let parent = (URL(fileURLWithPath: output).standardizedFileURL.path as NSString).deletingLastPathComponent
        return (parent as NSString).appendingPathComponent(".nianbao-cache")
    }
}
