import Foundation
import Testing
@testable import NianbaoSite

@Suite struct SiteWriterTests {
    func temporaryFolder() throws -> String {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-writer-\(UUID().uuidString)").path
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    @Test func replacesItsOwnOutputWhole() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/Public"
        try SiteWriter.write([OutputFile(path: "a/index.html", text: "one"), OutputFile(path: "old.html", text: "x")],
                             to: output, protecting: [], force: false)
        try SiteWriter.write([OutputFile(path: "a/index.html", text: "two")], to: output, protecting: [], force: false)
        #expect(try String(contentsOfFile: output + "/a/index.html", encoding: .utf8) == "two")
        #expect(!FileManager.default.fileExists(atPath: output + "/old.html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Public"])
    }

    @Test func swapsTheFoldersInOneStep() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/a", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: root + "/b", withIntermediateDirectories: true)
        try "A".write(toFile: root + "/a/x", atomically: true, encoding: .utf8)
        try "B".write(toFile: root + "/b/x", atomically: true, encoding: .utf8)
        try SiteWriter.exchange(root + "/a", root + "/b")
        #expect(try String(contentsOfFile: root + "/a/x", encoding: .utf8) == "B")
        #expect(try String(contentsOfFile: root + "/b/x", encoding: .utf8) == "A")
    }

    @Test func putsBackASiteAKilledBuildLeftAsideAndClearsUnfinishedOnes() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        // As a build killed between the two renames of the fallback would leave it
        // (pid 2^22+1 is above Linux's pid_max, so never a live process).
        try SiteWriter.write([OutputFile(path: "index.html", text: "old")], to: root + "/Public", protecting: [], force: false)
        try FileManager.default.moveItem(atPath: root + "/Public", toPath: root + "/.Public.old-4194305")
        try FileManager.default.createDirectory(atPath: root + "/.Public.new-4194305/half", withIntermediateDirectories: true)
        SiteWriter.removeLeftovers(of: "Public", in: root)
        #expect(try String(contentsOfFile: root + "/Public/index.html", encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["Public"])
    }

    @Test func refusesToWriteIntoContentOrThemes() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter.write([], to: root + "/Content/out", protecting: [root + "/Content", root + "/Themes"], force: true)
        }
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter.write([], to: root, protecting: [root + "/Content"], force: true)
        }
    }

    @Test func refusesAFolderItDidNotCreateUnlessForced() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/mine"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        try "keep".write(toFile: output + "/notes.txt", atomically: true, encoding: .utf8)
        #expect(throws: SiteWriter.WriteError.self) {
            try SiteWriter.write([OutputFile(path: "index.html", text: "x")], to: output, protecting: [], force: false)
        }
        #expect(try String(contentsOfFile: output + "/notes.txt", encoding: .utf8) == "keep")
        try SiteWriter.write([OutputFile(path: "index.html", text: "x")], to: output, protecting: [], force: true)
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func acceptsAnEmptyFolderWithOnlyGitkeep() throws {
        let root = try temporaryFolder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/Public"
        try FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: output + "/.gitkeep", contents: Data())
        try SiteWriter.write([OutputFile(path: "index.html", text: "x")], to: output, protecting: [], force: false)
        #expect(FileManager.default.fileExists(atPath: output + "/.gitkeep"))
    }
}

@Suite struct ThemeTests {
    func makeTheme(_ files: [String: String]) throws -> String {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("nianbao-theme-\(UUID().uuidString)").path
        let folder = root + "/broken"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        for (name, text) in files { try text.write(toFile: folder + "/" + name, atomically: true, encoding: .utf8) }
        return root
    }

    @Test func reportsAllMissingTemplatesAtOnce() throws {
        let root = try makeTheme(["layout.mustache": "{{$main}}{{/main}}"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        do {
            _ = try Theme.load(themes: root, name: "broken")
            Issue.record("expected an error")
        } catch let error as Theme.LoadError {
            #expect(error.problems.count == 1)
            #expect(error.problems[0].contains("home.mustache、report.mustache、agency.mustache"))
        }
    }

    @Test func fallsBackToTheDefaultThemeTemplateByTemplate() throws {
        let themes = SiteFixtures.themes
        let root = try makeTheme(["404.mustache": "{{<layout}}{{$main}}自定义{{/main}}{{/layout}}"])
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createSymbolicLink(atPath: root + "/default", withDestinationPath: themes + "/default")
        let theme = try Theme.load(themes: root, name: "broken")
        #expect(theme.render(["homeHref": "index.html"], template: "404").contains("自定义"))
        #expect(!theme.assets.isEmpty)
    }

    @Test func refusesRawOutputOfValuesThatAreNotHTML() {
        #expect(Theme.rawKeys("a {{{bodyHTML}}} b {{{agency}}} {{& title }} {{name}}") == ["bodyHTML", "agency", "title"])
    }
}

@Suite struct PathAndConfigTests {
    @Test func makesStableASCIISlugsFromChineseNames() {
        #expect(Slugger.slug("聊城市茌平区人民政府") == "liaochengshi-chipingqu-renminzhengfu")
        #expect(Slugger.slug("冠县人民政府") == "guanxian-renminzhengfu")
        #expect(Slugger.slug("ABC 局") == "abc-ju")
    }

    @Test func settlesSlugCollisionsDeterministically() {
        let slugs = Slugger.assign(["长安区人民政府", "常安区人民政府"])
        #expect(Set(slugs.values).count == 2)
        #expect(Slugger.assign(["常安区人民政府", "长安区人民政府"]) == slugs)
        #expect(Slugger.assign(["冠县人民政府"], overrides: ["冠县人民政府": "guanxian"]) == ["冠县人民政府": "guanxian"])
    }

    @Test func linksRelativelyBetweenPages() {
        #expect(RelativePath.link(from: "agencies/a/2024/index.html", to: "assets/style.css") == "../../../assets/style.css")
        #expect(RelativePath.link(from: "index.html", to: "years/2024/index.html") == "years/2024/index.html")
        #expect(RelativePath.link(from: "agencies/a/2024/index.html", to: "agencies/a/index.html") == "../index.html")
        #expect(RelativePath.link(from: "agencies/a/2024/index.html", to: "agencies/a/2024/report.json") == "report.json")
    }

    @Test func readsSiteSettingsAndReportsUnknownOnes() {
        let (config, problems) = SiteConfig.parse("""
        title = "山东省政府信息公开年报"
        base_url = "https://example.org/"
        colour = "red"
        [slugs]
        "冠县人民政府" = "guanxian"
        """)
        #expect(config.title == "山东省政府信息公开年报")
        #expect(config.baseURL == "https://example.org/")
        #expect(config.slugs == ["冠县人民政府": "guanxian"])
        #expect(problems.count == 1 && problems[0].contains("colour"))
    }

    @Test func keepsDefaultsWhenTheSettingsFileIsBroken() {
        let (config, problems) = SiteConfig.parse("title = ")
        #expect(config == SiteConfig())
        #expect(problems.count == 1)
    }
}
