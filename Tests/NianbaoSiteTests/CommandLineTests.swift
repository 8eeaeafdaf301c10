import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

/// The `nianbao` program as a user runs it: exit codes, and what a killed build leaves.
@Suite(.serialized) struct CommandLineTests {
    /// The `nianbao` that `swift test` built beside the test bundle.
    static var executable: String {
        let beside = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("nianbao").path
        if FileManager.default.isExecutableFile(atPath: beside) { return beside }
        return SiteFixtures.repository.appendingPathComponent(".build/debug/nianbao").path
    }

    struct Run { var status: Int32; var output: String }

    static func run(_ arguments: [String], in folder: String) throws -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(status: process.terminationStatus, output: String(decoding: data, as: UTF8.self))
    }

    /// A folder with `Content/reports/` holding the given seed reports and extra files.
    static func project(seeds: [String], extra: [String: [UInt8]] = [:]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-cli-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: root + "/Content/reports", withIntermediateDirectories: true)
        for seed in seeds { try Data(try BadInputTests.seed(seed)).write(to: URL(fileURLWithPath: root + "/Content/reports/" + seed)) }
        for (name, bytes) in extra { try Data(bytes).write(to: URL(fileURLWithPath: root + "/Content/reports/" + name)) }
        return root
    }

    @Test func buildGoesOnPastABadFileAndExitsZeroUnlessStrict() throws {
        let root = try Self.project(seeds: [BadInputTests.good], extra: ["empty.txt": []])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let themes = ["--themes", SiteFixtures.themes]
        let plain = try Self.run(["build"] + themes, in: root)
        #expect(plain.status == 0)
        #expect(plain.output.contains("Content/reports/empty.txt:1: 错误：文件是空的，没有可读的内容（请放入报告全文，或删除这个文件）\n"))
        #expect(plain.output.contains("已生成 1 份报告"))
        let strict = try Self.run(["build", "--strict"] + themes, in: root)
        #expect(strict.status == 1)
        #expect(strict.output.components(separatedBy: "empty.txt:1: 错误").count == 2, "each problem once")
        #expect(strict.output.contains("没有变化") && strict.output.contains("1 份报告"))  // the first build's site stands
    }

    @Test func checkExitsOneWhenAFileCannotBeRead() throws {
        let root = try Self.project(seeds: [BadInputTests.good], extra: ["scan.png": try BadInputTests.bytes("scan.png")])
        defer { try? FileManager.default.removeItem(atPath: root) }
        let check = try Self.run(["check"], in: root)
        #expect(check.status == 1)
        #expect(check.output.contains("Content/reports/scan.png:1: 错误：这是PNG 图片，nianbao 读不了"))
        try FileManager.default.removeItem(atPath: root + "/Content/reports/scan.png")
        #expect(try Self.run(["check"], in: root).status == 0)
    }

    /// Every file `SHA256SUMS` lists is there with its hash, and nothing else is.
    static func intactSite(_ folder: String) throws -> String {
        let sums = try String(contentsOfFile: folder + "/SHA256SUMS", encoding: .utf8)
        var listed: Set<String> = ["SHA256SUMS", SiteWriter.marker, ".gitkeep"]
        for line in sums.split(separator: "\n") {
            let hash = String(line.prefix(64)), path = String(line.dropFirst(66))
            let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path)))
            #expect(SHA256.hex(bytes) == hash, "\(path) changed")
            listed.insert(path)
        }
        let present = try FileManager.default.subpathsOfDirectory(atPath: folder).filter {
            var isDirectory: ObjCBool = false
            FileManager.default.fileExists(atPath: folder + "/" + $0, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
        #expect(Set(present) == listed)
        return sums
    }

    @Test func aBuildKilledAtAnyMomentLeavesThePreviousSiteWhole() throws {
        let seeds = try FileManager.default.contentsOfDirectory(atPath: SiteFixtures.content + "/reports").sorted()
        let root = try Self.project(seeds: seeds)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let themes = ["--themes", SiteFixtures.themes]
        #expect(try Self.run(["build"] + themes, in: root).status == 0)
        let old = try Self.intactSite(root + "/Public")
        // The next build differs: one report fewer.
        try FileManager.default.removeItem(atPath: root + "/Content/reports/" + seeds[0])
        let started = Date()
        #expect(try Self.run(["build", "--output", "Timing"] + themes, in: root).status == 0)
        let duration = Date().timeIntervalSince(started)
        let new = try Self.intactSite(root + "/Timing")

        var outcomes: Set<String> = []
        for step in 0..<12 {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: Self.executable)
            process.arguments = ["build"] + themes
            process.currentDirectoryURL = URL(fileURLWithPath: root)
            process.standardOutput = FileHandle.nullDevice
            process.standardError = FileHandle.nullDevice
            try process.run()
            Thread.sleep(forTimeInterval: duration * Double(step) / 6)
            kill(process.processIdentifier, step % 2 == 0 ? SIGKILL : SIGINT)
            process.waitUntilExit()
            let sums = try Self.intactSite(root + "/Public")
            #expect(sums == old || sums == new)
            outcomes.insert(sums == old ? "old" : "new")
        }
        // The next build cleans up whatever the killed ones left beside the output.
        #expect(try Self.run(["build"] + themes, in: root).status == 0)
        #expect(try Self.intactSite(root + "/Public") == new)
        let listing = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(listing == [".nianbao-cache", "Content", "Public", "Timing"], "\(listing)")
        // Kills landed both before and after the swap.
        #expect(outcomes == ["old", "new"])
    }
}
