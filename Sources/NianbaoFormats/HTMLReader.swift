import NianbaoReports

/// Reads a report published as a web page: the element that holds the report, its
/// paragraphs, and its tables as grids.
///
/// Government pages are mostly Word documents saved as HTML inside a site's frame, so:
/// - the report is the smallest element whose text holds the most of the six part
///   titles; navigation, headers, footers, scripts and share buttons outside it are
///   dropped; the page's headings before it, its breadcrumb and `<title>` are offered as
///   `DocumentModel.titles`, from which the report's agency is taken when its text names none;
/// - text split over `<span>`, `<font>` and `<o:p>` is joined; `&nbsp;` is a space;
/// - a table that holds another table is layout, read as flowing text; the others
///   are data tables, read as grids honouring `rowspan` and `colspan`;
/// - the page's `<meta charset>` is honoured by libxml2; a page that declares none
///   and is not UTF-8 is read as GB18030.
public enum HTMLReader {
    public static func read(_ bytes: [UInt8]) throws(ReadError) -> DocumentModel {
        let declared = declaredEncoding(bytes)
        let utf8 = String(validating: bytes, as: UTF8.self) != nil
        // Without a declaration libxml2 would assume Latin-1: say what the bytes are. Pages
        // declared GB2312 or GBK are read as GB18030, their superset: such pages often hold
        // GBK-only characters, which a strict GB2312 decoder drops with the rest of the text.
        let chineseLegacy: Set<String> = ["GB2312", "GBK", "GB_2312-80", "X-GBK", "CP936", "EUC-CN", "HZ-GB-2312"]
        let encoding: String?
        if let declared {
            encoding = chineseLegacy.contains(declared) ? "GB18030" : nil  // nil: libxml2 follows the page
        } else {
            encoding = utf8 ? "UTF-8" : "GB18030"
        }
        guard let root = LibXML.html(bytes, encoding: encoding) else { throw .notAReport(reason: "无法解析这个网页") }
        let body = root.elements("body").first ?? root
        let report = reportElement(in: body)
        var builder = BlockBuilder()
        builder.flow(report.element)
        builder.flush()
        // The page's headings, breadcrumb and title are offered to the metadata reader, which
        // takes a name from them only when the report names none, and says so.
        var model = DocumentModel(blocks: builder.blocks, format: "HTML", encoding: declared ?? encoding ?? "UTF-8")
        model.titles = titles(before: report, in: body, root: root)
        model.address = address(root)
        return model
    }

    /// What may name the report outside it: headings before it (the nearest first), the
    /// breadcrumb, and the page's `<title>`.
    static func titles(before report: Found, in body: MarkupNode.Element, root: MarkupNode.Element) -> [TitleCandidate] {
        var headings: [TitleCandidate] = []
        var crumbs: [TitleCandidate] = []
        var done = false
        func search(_ element: MarkupNode.Element, path: [Int]) {
            if done { return }
            if path == report.path { done = true; return }
            if ["script", "style", "noscript", "template", "head"].contains(element.name) { return }
            let marks = ((element["class"] ?? "") + " " + (element["id"] ?? "")).lowercased()
            if ["crumb", "position", "location", "dqwz", "weizhi", "path"].contains(where: marks.contains) {
                let text = BlockBuilder.normalise(element.text)
                if text.count <= 200 { crumbs.append(TitleCandidate(text, source: .breadcrumb)) }
                return
            }
            let text = BlockBuilder.normalise(element.text)
            if ["h1", "h2", "h3"].contains(element.name) || marks.contains("title") {
                if text.contains("报告"), text.count <= 100 { headings.insert(TitleCandidate(text, source: .heading), at: 0) }
                return
            }
            for (index, child) in element.children.enumerated() {
                if case .element(let child) = child { search(child, path: path + [index]) }
            }
        }
        search(body, path: [])
        var titles = headings + crumbs
        if let head = root.elements("head").first, let title = head.elements("title").first {
            let text = BlockBuilder.normalise(title.text)
            if !text.isEmpty { titles.append(TitleCandidate(text, source: .pageTitle)) }
        }
        return titles
    }

    /// The address the page says it lives at: `<meta name="Url">` (TRS and other CMS
    /// templates), `<link rel="canonical">`, then `<meta property="og:url">`. Only an
    /// absolute http(s) address without spaces or quotes is taken.
    static func address(_ root: MarkupNode.Element) -> String? {
        guard let head = root.elements("head").first else { return nil }
        let metas = head.elements("meta")
        let candidates = metas.filter { ($0["name"] ?? "").lowercased() == "url" }.compactMap { $0["content"] }
            + head.elements("link").filter { ($0["rel"] ?? "").lowercased().split(separator: " ").contains("canonical") }.compactMap { $0["href"] }
            + metas.filter { ($0["property"] ?? "").lowercased() == "og:url" }.compactMap { $0["content"] }
        return candidates.lazy.map { String($0.drop(while: \.isWhitespace).reversed().drop(while: \.isWhitespace).reversed()) }.first { candidate in
            let lower = candidate.lowercased()
            return (lower.hasPrefix("http://") || lower.hasPrefix("https://")) && candidate.count > 8 && candidate.count <= 2000
                && !candidate.contains { $0.isWhitespace || $0 == "\"" || $0 == "<" || $0 == ">" }
        }
    }

    /// The charset a page declares in its first 4 KB (`<meta charset>` or `http-equiv`), upper-cased.
    static func declaredEncoding(_ bytes: [UInt8]) -> String? {
        let head = Array(String(decoding: bytes.prefix(4096), as: UTF8.self).lowercased())
        let key = Array("charset=")
        guard let start = (0..<max(0, head.count - key.count)).first(where: { Array(head[$0..<$0 + key.count]) == key }) else { return nil }
        let rest = head[(start + key.count)...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        let name = rest.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }
        return name.isEmpty ? nil : String(name).uppercased()
    }

    /// Words that stand for the six parts; a report element holds most of them.
    static let partMarkers = ["总体情况", "主动公开", "收到和处理", "行政复议", "存在的主要问题", "其他需要报告"]

    struct Found { var element: MarkupNode.Element; var path: [Int] }

    /// The deepest element that holds as many of the six part headings as the whole page.
    ///
    /// A heading is a short block (under 40 characters) naming a part, so a preamble that
    /// lists the six parts in one sentence does not count; when a page has no such blocks
    /// (parts run together in long paragraphs), any mention counts.
    static func reportElement(in body: MarkupNode.Element) -> Found {
        // Why bytes by hand: Foundation's `String.contains` goes through NSString, and the
        // standard library's generic searcher through type metadata; either was an eighth or
        // more of a build of 5,000 web pages. The markers match exactly, so UTF-8 bytes suffice.
        let markerBytes = Dictionary(uniqueKeysWithValues: partMarkers.map { ($0, Array($0.utf8)) })
        func bytesContain(_ text: String, _ marker: String) -> Bool {
            let needle = markerBytes[marker]!
            var text = text
            return text.withUTF8 { bytes in
                guard bytes.count >= needle.count else { return false }
                search: for start in 0...(bytes.count - needle.count) {
                    for offset in needle.indices where bytes[start + offset] != needle[offset] { continue search }
                    return true
                }
                return false
            }
        }
        func headings(_ element: MarkupNode.Element) -> Set<String> {
            var found = Set<String>()
            func visit(_ element: MarkupNode.Element) {
                if skipped.contains(element.name) { return }
                let hasBlockChild = element.children.contains { if case .element(let e) = $0 { return BlockBuilder.blockNames.contains(e.name) || e.name == "br" } else { return false } }
                if !hasBlockChild {
                    let text = BlockBuilder.normalise(element.text)
                    if text.count < 40 { for marker in partMarkers where bytesContain(text, marker) { found.insert(marker) } }
                    return
                }
                for child in element.children { if case .element(let e) = child { visit(e) } }
            }
            visit(element)
            return found
        }
        func mentions(_ element: MarkupNode.Element) -> Set<String> {
            let text = element.text
            return Set(partMarkers.filter { bytesContain(text, $0) })
        }
        let useHeadings = headings(body).count >= 2
        let score: (MarkupNode.Element) -> Int = { useHeadings ? headings($0).count : mentions($0).count }
        func tableCount(_ element: MarkupNode.Element) -> Int {
            element.children.reduce(0) { count, child in
                guard case .element(let e) = child else { return count }
                return count + (e.name == "table" ? 1 : 0) + tableCount(e)
            }
        }
        func hasBlocks(_ element: MarkupNode.Element) -> Bool {
            element.children.contains { if case .element(let e) = $0 { return BlockBuilder.blockNames.contains(e.name) || e.name == "table" || e.name == "br" } else { return false } }
        }
        let best = score(body)
        var current = Found(element: body, path: [])
        // Descend while exactly one child keeps the full score, all the tables, and holds blocks
        // of its own (a single paragraph that lists the parts is not the report).
        while true {
            let tables = tableCount(current.element)
            let candidates = current.element.children.enumerated().compactMap { index, child -> (Int, MarkupNode.Element)? in
                if case .element(let element) = child, !skipped.contains(element.name), score(element) == best,
                   tableCount(element) == tables, hasBlocks(element) { return (index, element) }
                return nil
            }
            guard candidates.count == 1, best > 0 else { return current }
            current = Found(element: candidates[0].1, path: current.path + [candidates[0].0])
        }
    }

    /// Elements whose content is never report text.
    static let skipped: Set<String> = ["script", "style", "noscript", "nav", "header", "footer", "aside", "form",
                                       "button", "select", "iframe", "template", "svg", "head", "object", "embed"]
}
