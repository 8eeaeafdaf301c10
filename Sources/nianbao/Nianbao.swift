import ArgumentParser

@main
struct Nianbao: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "nianbao",
        abstract: "政府信息公开工作年度报告：解析、检查并生成静态网站。",
        subcommands: [BuildCommand.self, ParseCommand.self, CheckCommand.self]
    )
}
