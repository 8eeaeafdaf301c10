import Testing
import NianbaoReports
@testable import NianbaoFormats

@Suite struct HTMLReaderTests {
    static func tables(_ html: String) throws -> [DocumentModel.Table] {
        try HTMLReader.read(Array(html.utf8)).blocks.compactMap { if case .table(let t) = $0 { return t } else { return nil } }
    }

    static func paragraphs(_ html: String) throws -> [String] {
        try HTMLReader.read(Array(html.utf8)).blocks.compactMap { if case .paragraph(let p, _) = $0 { return p } else { return nil } }
    }

    @Test func placesCellsPastRowAndColumnSpansAndNamesTheirGridPosition() throws {
        let table = try #require(try Self.tables("""
        <table><tr><td rowspan="2">三、办理结果</td><td colspan="2">（一）予以公开</td><td>5</td></tr>
        <tr><td>1.</td><td>国家秘密</td><td>0</td></tr></table>
        """).first)
        #expect(table.rows.map { $0.map(\.text) } == [["三、办理结果", "（一）予以公开", "5"], ["1.", "国家秘密", "0"]])
        #expect(table.rows[1].map(\.location.column) == [2, 3, 4])
        #expect(table.rows[0][0].rowSpan == 2 && table.rows[0][1].columnSpan == 2)
        #expect(table.rows[1][2].location.description == "第 1 个表格第 2 行第 4 列")
    }

    @Test func joinsTextSplitOverSpansAndReadsNbspAsBlank() throws {
        let table = try #require(try Self.tables("""
        <table><tr><td><p class=MsoNormal><span style='mso-bidi-font-size:10.5pt'>4</span><span>1</span><o:p></o:p></p></td>
        <td><p class=MsoNormal><span lang=EN-US>&nbsp;<o:p></o:p></span></p></td>
        <td><p>社会公</p><p>益组织</p></td></tr></table>
        """).first)
        #expect(table.rows[0].map(\.text) == ["41", "", "社会公\n益组织"])
    }

    @Test func readsALayoutTableAsFlowingTextAndTheDataTableInside() throws {
        let blocks = try HTMLReader.read(Array("""
        <table><tr><td><p>一、总体情况</p><table><tr><td>规章</td><td>0</td></tr></table></td></tr></table>
        """.utf8)).blocks
        #expect(blocks.count == 2)
        guard case .paragraph(let text, _) = blocks[0], case .table(let table) = blocks[1] else { Issue.record("\(blocks)"); return }
        #expect(text == "一、总体情况")
        #expect(table.rows[0].map(\.text) == ["规章", "0"])
    }

    @Test func keepsTheReportAndDropsTheSitesNavigationAndFooter() throws {
        let page = """
        <html><head><title>某县人民政府2024年政府信息公开工作年度报告_某县人民政府</title></head><body>
        <header><nav><a>首页</a><a>政务公开</a></nav></header>
        <div class="sidebar"><ul><li>2023年政府信息公开工作年度报告</li></ul></div>
        <h1 class="title">某县人民政府2024年政府信息公开工作年度报告</h1>
        <div class="share">分享到：微信 微博</div>
        <div id="zoom"><p>本年度报告根据《条例》编制。</p><p>一、总体情况</p><p>甲。</p><p>二、主动公开政府信息情况</p>
        <p>三、收到和处理政府信息公开申请情况</p><p>四、政府信息公开行政复议、行政诉讼情况</p>
        <p>五、存在的主要问题及改进情况</p><p>六、其他需要报告的事项</p></div>
        <footer>主办单位：某县人民政府 ICP备案</footer><script>var x = "一、总体情况";</script></body></html>
        """
        let text = try Self.paragraphs(page)
        #expect(text.first == "本年度报告根据《条例》编制。")
        // The heading outside the report, and the page's title, are offered as what may name it.
        let titles = try HTMLReader.read(Array(page.utf8)).titles
        #expect(titles.map(\.text) == ["某县人民政府2024年政府信息公开工作年度报告", "某县人民政府2024年政府信息公开工作年度报告_某县人民政府"])
        #expect(titles.map(\.source) == [.heading, .pageTitle])
        #expect(!text.contains { $0.contains("首页") || $0.contains("ICP") || $0.contains("分享") || $0.contains("var x") })
    }

    @Test func readsAPageDeclaredGB2312() throws {
        let html = "<html><head><meta http-equiv=Content-Type content=\"text/html; charset=gb2312\"></head><body><p>政府信息公开</p></body></html>"
        var bytes: [UInt8] = []
        // 政府信息公开 in GB2312, written out so the test needs no encoder.
        let gb: [UInt8] = [0xD5, 0xFE, 0xB8, 0xAE, 0xD0, 0xC5, 0xCF, 0xA2, 0xB9, 0xAB, 0xBF, 0xAA]
        let parts = html.components(separatedBy: "政府信息公开")
        bytes = Array(parts[0].utf8) + gb + Array(parts[1].utf8)
        let document = try HTMLReader.read(bytes)
        #expect(document.encoding == "GB2312")
        guard case .paragraph(let text, _)? = document.blocks.first else { Issue.record("no paragraph"); return }
        #expect(text == "政府信息公开")
    }

    @Test func readsGBKCharactersInAPageDeclaredGB2312WithoutLosingTheText() throws {
        // 瀍 (GBK 9E 65) is not in GB2312; pages declared gb2312 often hold such characters.
        let bytes = Array("<meta charset=\"gb2312\"><p>".utf8) + [0x9E, 0x65] + [0xD5, 0xFE, 0xB8, 0xAE] + Array("</p>".utf8)
        guard case .paragraph(let text, _)? = try HTMLReader.read(bytes).blocks.first else { Issue.record("no paragraph"); return }
        #expect(text == "瀍政府")
    }

    @Test func readsABareFragmentWithoutDeclarationAsUTF8() throws {
        #expect(try Self.paragraphs("<p style=\"text-indent: 2em;\">政府信息公开</p><p>第二段</p>") == ["政府信息公开", "第二段"])
    }

    @Test func recognisesMarkupByNameOrByItsStart() {
        #expect(ReportReader.format(of: Array("<p>x</p>".utf8), fileName: "a.txt") == .html)
        #expect(ReportReader.format(of: Array("一、总体情况".utf8), fileName: "a.htm") == .html)
        #expect(ReportReader.format(of: Array("一、总体情况 <p>".utf8), fileName: "a.txt") == .text)
        #expect(ReportReader.format(of: Array("%PDF-1.7".utf8), fileName: "a.txt") == .pdf)
    }

    /// pandoc's Markdown of a web page starts with the page's `<div>`s: it is still Markdown,
    /// by its name or by its pipe tables, and its table rows stay lines.
    @Test func readsMarkdownThatStartsWithMarkupAsText() {
        let markdown = "<div class=\"top\">\n\n</div>\n\n| 信息内容 | 本年制发件数 |\n|---|---|\n| 规章 | 0 |\n"
        #expect(ReportReader.format(of: Array(markdown.utf8), fileName: "a.md") == .text)
        #expect(ReportReader.format(of: Array("<div>一、总体情况</div>".utf8), fileName: "a.markdown") == .text)
        #expect(ReportReader.format(of: Array(markdown.utf8), fileName: "a.txt") == .text)
        #expect(ReportReader.format(of: Array(markdown.utf8), fileName: "a") == .text)
        #expect(ReportReader.format(of: Array("<div>\n<table><tr><td>|---|</td></tr></table>".utf8), fileName: "a") == .html)
    }

    @Test func takesThePagesOwnAddressFromItsHead() throws {
        func address(_ head: String) throws -> String? {
            try HTMLReader.read(Array("<html><head>\(head)</head><body><p>一、总体情况</p></body></html>".utf8)).address
        }
        #expect(try address(#"<meta name="Url" content="https://www.example.gov.cn/a/t1.htm"/>"#) == "https://www.example.gov.cn/a/t1.htm")
        #expect(try address(#"<link rel="canonical" href=" http://example.gov.cn/b.html ">"#) == "http://example.gov.cn/b.html")
        #expect(try address(#"<meta property="og:url" content="https://example.gov.cn/c">"#) == "https://example.gov.cn/c")
        // The CMS's own field first, then the canonical link.
        #expect(try address(#"<link rel="canonical" href="https://x.gov.cn/2"><meta name="url" content="https://x.gov.cn/1">"#) == "https://x.gov.cn/1")
        // Relative, script and empty addresses are not addresses.
        #expect(try address(#"<meta name="Url" content="/zwgk/t1.htm"><link rel="canonical" href="javascript:alert(1)">"#) == nil)
        #expect(try address(#"<meta name="Url" content="">"#) == nil)
    }

    @Test func thePagesAddressBecomesTheReportsSourceURL() throws {
        let page = """
        <html><head><meta name="Url" content="https://page.example.gov.cn/t.htm"></head><body>
        <p>一、总体情况</p><p>二、主动公开政府信息情况</p></body></html>
        """
        #expect(try ReportReader.parse(Array(page.utf8), file: "a.html").source.url == "https://page.example.gov.cn/t.htm")
    }
}
