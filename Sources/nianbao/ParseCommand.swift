import ArgumentParser
import Foundation
import NianbaoFormats
import NianbaoReports
import NianbaoSite

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "解析一份报告，输出 JSON。")

    @Argument(help: "报告文件：文本（UTF-8、UTF-16 或 GB18030）、网页（.html）、Word（.docx）或 PDF")
    var file: String

    @Flag(name: .customLong("text"), help: "不输出 JSON，改为显示解析器读到的文本（每行前是它在原文件中的位置）")
    var showText = false

    func run() throws {
        if showText {
            do {
                let bytes = FileManager.default.contents(atPath: file).map { [UInt8]($0) } ?? []
                print(try ReportReader.text(bytes, file: file))
                return
            } catch {
                FileHandle.standardError.write(Data("nianbao: \(file): \(error.description)\n".utf8))
                throw ExitCode(1)
            }
        }
        let result = ContentLoader.parseFile(file)
        switch result.result {
        case .success(let report):
            print(report.json.rendered())
        case .failure(let error):
            FileHandle.standardError.write(Data("nianbao: \(file): \(error.description)\n".utf8))
            throw ExitCode(1)
        }
    }
}
