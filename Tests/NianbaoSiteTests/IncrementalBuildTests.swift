import Foundation
import Testing
import NianbaoReports
@testable import NianbaoSite

/// A rebuild rewrites only files whose bytes changed; the others keep their modification time.
@Suite struct IncrementalBuildTests {
    static func modificationTimes(_ folder: String) throws -> [String: Date] {
        var times: [String: Date] = [:]
        for path in try FileManager.default.subpathsOfDirectory(atPath: folder) {
            let attributes = try FileManager.default.attributesOfItem(atPath: folder + "/" + path)
            if attributes[.type] as? FileAttributeType == .typeRegular { times[path] = attributes[.modificationDate] as? Date }
        }
        return times
    }

    /// Edits a report's text the way a publisher's correction would: a word added to part one's first sentence.
    static func correctPartOne(_ path: String) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let partOne = try #require(text.range(of: "一、总体情况"))
        let stop = try #require(text.range(of: "。", range: partOne.upperBound..<text.endIndex))
        text.insert(contentsOf: "（更正）", at: stop.lowerBound)
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aRebuildKeepsUnchangedFilesAndRewritesOnlyWhatAReportChanged() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-incremental-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/Content/reports", withIntermediateDirectories: true)
        let seeds = ["000_efb035f696e87f51.txt", "002_9d017863089d3b5a.txt", "pingtan-2023.html", "pingtan-2024.html"]
        for seed in seeds { try Data(try BadInputTests.seed(seed)).write(to: URL(fileURLWithPath: root + "/Content/reports/" + seed)) }
        let options = SiteBuild.Options(content: root + "/Content", themes: SiteFixtures.themes, theme: nil,
                                        output: root + "/Public", baseURL: nil, force: false)
        let first = try await SiteBuild.run(options)
        #expect(first.linked == 0 && first.written == first.files)
        let before = try Self.modificationTimes(root + "/Public")
        try await Task.sleep(for: .milliseconds(1100))  // modification times have second resolution on some file systems

        let again = try await SiteBuild.run(options)
        #expect(again.written == 0 && again.linked == first.files)
        #expect(try Self.modificationTimes(root + "/Public") == before)

        // One figure of one report changes: its pages, the pages that show its figures, the data.
        try Self.correctPartOne(root + "/Content/reports/pingtan-2024.html")
        let third = try await SiteBuild.run(options)
        let after = try Self.modificationTimes(root + "/Public")
        let changed = Set(after.keys.filter { after[$0] != before[$0] })
        #expect(third.written == changed.count)
        #expect(changed.contains("agencies/pingtanzongheshiyanqu/2024/index.html"))
        #expect(changed.contains("agencies/pingtanzongheshiyanqu/2024/original.html.txt"))
        #expect(!changed.contains("agencies/liaochengshi-chipingqu-renminzhengfu/2024/index.html"))
        #expect(!changed.contains("agencies/pingtanzongheshiyanqu/2023/index.html"))
        #expect(changed.count < after.count / 2, "\(changed.sorted())")
    }

    @Test func aBuildWithNothingChangedStopsAtOnceAndStillListsTheProblems() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-uptodate-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/Content/reports", withIntermediateDirectories: true)
        for seed in ["002_9d017863089d3b5a.txt", "pingtan-2025.txt"] {
            try Data(try BadInputTests.seed(seed)).write(to: URL(fileURLWithPath: root + "/Content/reports/" + seed))
        }
        let options = SiteBuild.Options(content: root + "/Content", themes: SiteFixtures.themes, theme: nil,
                                        output: root + "/Public", baseURL: nil, force: false, cache: root + "/.nianbao-cache")
        let first = try await SiteBuild.run(options)
        #expect(!first.upToDate && !first.problems.isEmpty)
        let again = try await SiteBuild.run(options)
        #expect(again.upToDate && again.written == 0)
        #expect(again.problems == first.problems && again.reports == first.reports)

        // A file missing from the site, or a changed report, means a real build.
        try FileManager.default.removeItem(atPath: root + "/Public/data/reports.csv")
        let repaired = try await SiteBuild.run(options)
        #expect(!repaired.upToDate && repaired.written == 1)
        #expect(FileManager.default.fileExists(atPath: root + "/Public/data/reports.csv"))
        try Data("\n".utf8).write(to: URL(fileURLWithPath: root + "/Content/reports/pingtan-2025.txt"), options: [])
        let changed = try await SiteBuild.run(options)
        #expect(!changed.upToDate && changed.reports == 1)
    }

    @Test func aRebuildAfterOneChangeEqualsABuildFromScratch() async throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-same-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/Content/reports", withIntermediateDirectories: true)
        let seeds = try FileManager.default.contentsOfDirectory(atPath: SiteFixtures.content + "/reports").sorted()
        for seed in seeds { try Data(try BadInputTests.seed(seed)).write(to: URL(fileURLWithPath: root + "/Content/reports/" + seed)) }
        func options(_ output: String, cache: String?) -> SiteBuild.Options {
            SiteBuild.Options(content: root + "/Content", themes: SiteFixtures.themes, theme: nil,
                              output: root + "/" + output, baseURL: nil, force: false, cache: cache)
        }
        _ = try await SiteBuild.run(options("Public", cache: root + "/cache"))
        try Self.correctPartOne(root + "/Content/reports/pingtan-2023.html")

        let incremental = try await SiteBuild.run(options("Public", cache: root + "/cache"))
        let scratch = try await SiteBuild.run(options("Scratch", cache: nil))
        #expect(try String(contentsOfFile: root + "/Public/SHA256SUMS", encoding: .utf8)
                == (try String(contentsOfFile: root + "/Scratch/SHA256SUMS", encoding: .utf8)))
        #expect(incremental.files == scratch.files)
        // Only 平潭's pages and the pages that show its figures were made again.
        #expect(incremental.written < incremental.files / 2, "\(incremental.written) of \(incremental.files)")
    }
}

@Suite struct ReportCacheTests {
    @Test func aCachedReportIsTheParsedReportExactly() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-cache-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let cache = ReportCache(folder: folder)
        let fixtures = SiteFixtures.repository.appendingPathComponent("Tests/NianbaoFormatsTests/Fixtures").path
        let paths = try ContentLoader.reportPaths(content: SiteFixtures.content)
            + [fixtures + "/002-word-gb2312.html", fixtures + "/001-wrapped-labels.pdf"]
        for path in paths {
            let parsed = try ContentLoader.parseFile(path, cache: cache).result.get()
            let cached = try ContentLoader.parseFile(path, shownAs: path, cache: cache).result.get()
            #expect(cached.json.rendered() == parsed.json.rendered(), "\(path)")
            #expect(cached.sourceMap == parsed.sourceMap && cached.warnings == parsed.warnings)
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).count == paths.count)
        // Entries no file uses any more go.
        cache.prune(keeping: [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }
}
