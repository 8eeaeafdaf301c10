import ArgumentParser
import Foundation
import NianbaoReports
import NianbaoSite

struct ParseCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "parse", abstract: "解析一份报告，输出 JSON。")

    @Argument(help: "报告文件（文本：UTF-8、UTF-16 或 GB18030）")
    var file: String

    func run() throws {
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
