import Testing
@testable import NianbaoSite

@Suite struct MarkdownTests {
    @Test func rendersHeadingsParagraphsAndBold() {
        #expect(Markdown.html("### （一）**主动公开**\n\n正文。") == "<h3>（一）<strong>主动公开</strong></h3>\n<p>正文。</p>\n")
    }

    @Test func dropsRawHTMLAndUnsafeLinks() {
        let html = Markdown.html("<script>alert(1)</script>\n\n[点我](javascript:alert(1)) [数据](data:text/html,x)")
        #expect(!html.contains("<script"))
        #expect(!html.contains("javascript:"))
        #expect(!html.contains("data:text"))
    }

    @Test func turnsImagesIntoLinksSoNothingLoadsFromOutside() {
        #expect(Markdown.html("见![图一](http://example.com/a.png \"标题\")。")
                == "<p>见<a href=\"http://example.com/a.png\" title=\"标题\">图一</a>。</p>\n")
        #expect(!Markdown.html("![x](data:image/png;base64,AAAA)").contains("<img"))
    }
}
