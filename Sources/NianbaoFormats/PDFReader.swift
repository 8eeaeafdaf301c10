import NianbaoReports

/// Reads a PDF through poppler: the words on each page with their positions, rebuilt
/// into lines and table rows by `PDFLayout`, so a figure is read beside its label
/// whatever order the file stores its text in. Warnings name page and line.
public enum PDFReader {
    public static func read(_ bytes: [UInt8]) throws(ReadError) -> DocumentModel {
        let (pages, title) = try PopplerText.read(bytes)
        guard !pages.isEmpty else { throw .damaged(format: "PDF", reason: "文件中没有页面") }
        guard pages.contains(where: { !$0.glyphs.isEmpty }) else { throw .noTextLayer(pages: pages.count) }
        let perPage = pages.map { page in (page, PDFLayout.lines(page)) }
        let running = runningLines(perPage)
        var assembler = PDFTableAssembler()
        for (page, lines) in perPage {
            assembler.add(PDFLayout.rows(lines.filter { !running.contains(key($0, page)) && !isBrowserFurniture($0, page) }),
                          page: page)
        }
        assembler.finish()
        var model = DocumentModel(blocks: assembler.blocks, format: "PDF", encoding: "")
        if let title = title.map({ CompatibilityFolding.normalise($0) }), title.contains(where: { !$0.isWhitespace }) {
            model.titles = [TitleCandidate(title, source: .documentTitle)]
        }
        return model
    }

    /// One block per line, except that running text is joined: a line of one segment that
    /// reaches the right margin and ends no sentence goes on in the next line of one segment.
    static func paragraphs(_ lines: [PDFLayout.Line], page: PopplerText.Page) -> [DocumentModel.Block] {
        let margin = lines.filter { $0.segments.count == 1 }.map(\.x2).max() ?? page.width
        var blocks: [DocumentModel.Block] = []
        var open: (text: String, location: DocumentLocation)?
        for line in lines {
            if var current = open, line.segments.count == 1 {
                current.text += line.text
                open = current
            } else {
                if let current = open { blocks.append(.paragraph(current.text, current.location)) }
                open = (line.text, DocumentLocation(page: page.number, line: line.number))
            }
            let continues = line.segments.count == 1 && line.x2 >= margin - 2 * line.height
                && !"。！？：；）)".contains(line.text.last ?? "。")
            if !continues, let current = open {
                blocks.append(.paragraph(current.text, current.location))
                open = nil
            }
        }
        if let current = open { blocks.append(.paragraph(current.text, current.location)) }
        return blocks
    }

    /// What a browser prints in the page margins: the date and title at the top, the address
    /// and `1/5` at the bottom. Dropped even on a one-page PDF, where no repetition shows it.
    static func isBrowserFurniture(_ line: PDFLayout.Line, _ page: PopplerText.Page) -> Bool {
        guard line.centreY < page.height * 0.06 || line.centreY > page.height * 0.94 else { return false }
        let text = line.text
        if text.contains("://") || text.hasPrefix("file:") { return true }
        // `1/5` alone, or a date such as `2025/1/3 10:22`.
        let compact = text.filter { $0 != " " && $0 != "\t" }
        if !compact.isEmpty, compact.allSatisfy({ $0.isNumber || "/:.-,年月日午上下AMP".contains($0) }), compact.contains("/") { return true }
        return false
    }

    /// Where a line sits and what it says, digits blurred: the same on every page for a running header.
    private static func key(_ line: PDFLayout.Line, _ page: PopplerText.Page) -> String {
        let band = line.centreY < page.height * 0.1 ? "top" : line.centreY > page.height * 0.9 ? "bottom" : "body"
        let text = String(line.text.map { $0.isNumber ? "#" : $0 })
        return band + "|" + text
    }

    /// Lines repeated at the top or bottom of at least half the pages (two at least).
    private static func runningLines(_ pages: [(PopplerText.Page, [PDFLayout.Line])]) -> Set<String> {
        guard pages.count >= 2 else { return [] }
        var counts: [String: Int] = [:]
        for (page, lines) in pages {
            for key in Set(lines.map { key($0, page) }) where !key.hasPrefix("body") { counts[key, default: 0] += 1 }
        }
        return Set(counts.filter { $0.value >= max(2, (pages.count + 1) / 2) }.keys)
    }
}
