import Foundation
import Testing
@testable import NianbaoSite

/// The search index's terms, shards and order. `search.js` mirrors the tokenizer; the browser
/// suite (`Tests/Browser`) runs real queries against a built site.
@Suite struct SearchIndexTests {
    @Test func cutsChineseIntoPairsAndKeepsALoneCharacterWhole() {
        #expect(SearchTokenizer.terms("东昌府区") == ["东昌", "昌府", "府区"])
        #expect(SearchTokenizer.terms("县") == ["县"])
        #expect(SearchTokenizer.terms("不予公开，行政复议") == ["不予", "予公", "公开", "行政", "政复", "复议"])
    }

    @Test func foldsWidthAndCaseAndSplitsLatinFromChinese() {
        #expect(SearchTokenizer.terms("ＣＨＩＰＩＮＧ") == ["chiping"])
        #expect(SearchTokenizer.terms("平潭2023年") == ["平潭", "2023", "年"])
        #expect(SearchTokenizer.terms("《条例》第12条（修订）") == ["条例", "第", "12", "条", "修订"])
        #expect(SearchTokenizer.terms("  ，。 ").isEmpty)
    }

    @Test func namesAreFoundByOneCharacterAndByPinyinFromAnySyllable() {
        let terms = SearchTokenizer.nameTerms("聊城市茌平区人民政府")
        for term in ["茌", "茌平", "chiping", "chi", "liaocheng", "liaochengshichi", "zhengfu", "pingqu"] {
            #expect(terms.contains(term), "\(term)")
        }
        #expect(!terms.contains("iping"), "pinyin starts at a syllable")
    }

    static func document(_ agency: String, _ year: Int, _ province: String, text: String = "") -> SearchIndex.Document {
        SearchIndex.Document(agency: agency, year: year, places: [province], href: "a/\(year)/index.html",
                             figures: [1, nil, 3, 0, 0], excerpt: "", codes: SearchTokenizer.pairCodes(text))
    }

    static func script(_ files: [OutputFile], _ path: String) -> String? {
        files.first { $0.path == path }.map { String(decoding: $0.bytes, as: UTF8.self) }
    }

    @Test func everyTermSitsInTheShardItsHashNames() throws {
        let documents = (0..<300).map { Self.document("机关\($0)号", 2024 - $0 % 3, $0 % 2 == 0 ? "山东省" : "福建省",
                                                        text: "第\($0)次政务公开专题培训会议纪要") }
        let files = SearchIndex(documents: documents).files()
        let meta = try #require(Self.script(files, "search/meta.js"))
        let shards = try #require(Int(meta.firstMatch(of: /"termShards":(\d+)/)!.1))
        #expect(shards > 1 && shards & (shards - 1) == 0, "a power of two, more than one for 300 reports")
        #expect(files.filter { $0.path.hasPrefix("search/t/") }.count == shards)
        for term in ["机关", "chiping", "山东", "shandong", "2024", "专题", "培训"] {
            let shard = Int(SearchIndex.hash(term) & UInt32(shards - 1))
            let text = Self.script(files, "search/t/\(shard).js") ?? ""
            #expect(text.contains("\"\(term)\":") == (term != "chiping"), "\(term) in shard \(shard)")
        }
        #expect(files.filter { $0.path.hasPrefix("search/d/") }.count == 6, "50 documents a file")
    }

    @Test func hashIsFNV1aOfTheUTF8Bytes() {
        // The same numbers search.js computes (Math.imul FNV-1a over TextEncoder bytes).
        #expect(SearchIndex.hash("") == 0x811C9DC5)
        #expect(SearchIndex.hash("a") == 0xE40C292C)
        #expect(SearchIndex.hash("平潭") == SearchIndex.hash("平潭"))
    }

    @Test func anAgencysReportsAreNeighboursAndEachDocumentsYearIsOneCharacter() async throws {
        let reports = try await SiteFixtures.published()
        let index = SiteIndex(reports, slugOverrides: [:])
        let search = SiteBuilder.searchIndex(index, paths: SitePaths(index: index), searchText: { SearchText($0.report) })
        let order = search.documents.map { "\($0.agency) \($0.year)" }
        let pingtan = order.indices.filter { order[$0].hasPrefix("平潭") }
        #expect(pingtan == Array(pingtan.first!..<pingtan.first! + 7), "one agency's years are neighbours: \(order)")
        #expect(pingtan.map { search.documents[$0].year } == [2025, 2024, 2023, 2022, 2021, 2020, 2019])
        let meta = try #require(Self.script(search.files(), "search/meta.js"))
        #expect(meta.contains("\"firstYear\":2019"))
        let years = try #require(meta.firstMatch(of: /"years":"([0-9]+)"/)).1
        #expect(years.count == 12 && years.map { 2019 + Int($0.asciiValue! - 48) } == search.documents.map(\.year))
        #expect(meta.contains("\"福建省\":[[") && meta.contains("\"山东省\":[["))
    }

    @Test func topListsRankReportsByTheirFigure() throws {
        var documents = (0..<3).map { Self.document("机关\($0)", 2024, "福建省") }
        documents[1].figures = [5, 0, 9, 0, 0]
        documents[2].figures = [7, 0, 4, 0, 0]
        let meta = try #require(Self.script(SearchIndex(documents: documents).files(), "search/meta.js"))
        // The report with the most refusals first, none for an outcome no report has.
        #expect(meta.contains("\"withheld\":[1,2,0]") && meta.contains("\"reviews\":[]") && meta.contains("\"newRequests\":[2,1,0]"))
    }

    @Test func postingsGroupNumbersByWeightAsDifferencesInBase36() throws {
        let documents = (0..<40).map { Self.document($0 == 39 ? "平潭综合实验区" : "机关", 2024, "福建省", text: $0 % 20 == 0 ? "平潭" : "") }
        let files = SearchIndex(documents: documents).files()
        let shard = Int(SearchIndex.hash("平潭") & UInt32(1 - 1))
        let text = try #require(Self.script(files, "search/t/\(shard).js"))
        // 平潭 is the name of report 39 (weight 40) and in the text of reports 0 and 20 (weight 1).
        #expect(text.contains("\"平潭\":\"40:13|1:0,k\""), "\(text.prefix(300))")
    }

    @Test func aPairInMostTextsOfALargeSiteIsCommonAndKeepsOnlyItsNamePostings() throws {
        let documents = (0..<200).map { Self.document($0 == 0 ? "公开办" : "机关\($0)", 2024, "福建省", text: "政府信息公开") }
        let files = SearchIndex(documents: documents).files()
        let all = files.filter { $0.path.hasPrefix("search/t/") }.map { String(decoding: $0.bytes, as: UTF8.self) }.joined()
        #expect(all.contains("\"公开\":\"40:0|*\""))
        #expect(all.contains("\"政府\":\"*\""))
    }

    @Test func scriptsEscapeWhatCouldEndOrBreakAScript() {
        #expect(JS.string("a\"b\\c</script>\u{2028}\n") == "\"a\\\"b\\\\c\\u003c/script>\\u2028\\n\"")
    }

    @Test func theSearchPageAndTheIndexAreInTheBuiltSite() async throws {
        let site = try await SiteFixtures.build(try await SiteFixtures.published())
        let page = try #require(SiteFixtures.text(site, "search.html"))
        #expect(page.contains("id=\"results\"") && page.contains("data-index=\"search/\""))
        #expect(SiteFixtures.text(site, "index.html")?.contains("action=\"search.html\"") == true)
        #expect(SiteFixtures.text(site, "agencies/pingtanzongheshiyanqu/2024/index.html")?.contains("action=\"../../../search.html\"") == true)
        let meta = try #require(SiteFixtures.text(site, "search/meta.js"))
        #expect(meta.hasPrefix("NianbaoSearch.meta({\"version\":2,\"documents\":12,"))
        #expect(site.files.contains { $0.path == "assets/search.js" })
    }
}

@Suite struct PostingListTests {
    @Test func givesBackTheNumbersItWasGivenInOneOrTwoBytesEach() {
        let numbers: [UInt32] = [0, 1, 2, 127, 128, 300, 16_384, 16_385, 2_000_000, 67_108_863]
        #expect(PostingList(numbers).numbers == numbers)
        #expect(PostingList(numbers).count == numbers.count)
        #expect(PostingList([5]).numbers == [5] && PostingList([]).numbers == [])
        var list = PostingList()
        for number in stride(from: UInt32(3), to: 50_000, by: 7) { list.append(number) }
        #expect(list.numbers == Array(stride(from: UInt32(3), to: 50_000, by: 7)))
    }
}
