import CPoppler
import NianbaoReports

/// The glyphs of every page of a PDF, through poppler-glib.
enum PopplerText {
    struct Page { var number: Int; var width: Double; var height: Double; var glyphs: [PDFGlyph] }

    /// The pages, and the document's title property when it has one.
    static func pages(_ bytes: [UInt8]) throws(ReadError) -> [Page] { try read(bytes).pages }

    static func read(_ bytes: [UInt8]) throws(ReadError) -> (pages: [Page], title: String?) {
        let data = g_bytes_new(bytes, gsize(bytes.count))
        defer { g_bytes_unref(data) }
        var error: UnsafeMutablePointer<GError>?
        guard let document = poppler_document_new_from_bytes(data, nil, &error) else {
            let message = error.map { String(cString: $0.pointee.message) } ?? "未知原因"
            if let error { g_error_free(error) }
            throw .damaged(format: "PDF", reason: message.contains("password") || message.contains("Encrypted") ? "文件有密码保护" : "文件已损坏或不完整")
        }
        defer { g_object_unref(UnsafeMutableRawPointer(document)) }
        var title: String?
        if let raw = poppler_document_get_title(document) {
            title = String(cString: raw)
            g_free(raw)
        }
        var pages: [Page] = []
        for index in 0..<Int(poppler_document_get_n_pages(document)) {
            guard let page = poppler_document_get_page(document, Int32(index)) else { continue }
            defer { g_object_unref(UnsafeMutableRawPointer(page)) }
            var width = 0.0, height = 0.0
            poppler_page_get_size(page, &width, &height)
            var glyphs: [PDFGlyph] = []
            if let text = poppler_page_get_text(page) {
                defer { g_free(text) }
                var rectangles: UnsafeMutablePointer<PopplerRectangle>?
                var count: guint = 0
                if poppler_page_get_text_layout(page, &rectangles, &count) != 0, let rectangles {
                    defer { g_free(rectangles) }
                    // One rectangle per character of the page's text, in order.
                    var index = 0
                    for character in String(cString: text) {
                        guard index < Int(count) else { break }
                        let box = rectangles[index]
                        index += character.unicodeScalars.count == 2 && character == "\r\n" ? 2 : 1
                        if character.isWhitespace { continue }
                        // Kangxi radicals and compatibility ideographs are the characters they stand for.
                        let folded = Character(CompatibilityFolding.normalise(String(character)))
                        var y1 = box.y1, y2 = box.y2
                        // Some producers (Skia, in Chromium's print) report a Han glyph's box as the
                        // font's whole line height, two and a half times the glyph: boxes of
                        // neighbouring rows then overlap. A Han glyph is square: its width is its size.
                        let side = box.x2 - box.x1
                        if folded.isHan || folded.isCJKPunctuation, side > 0, y2 - y1 > 1.25 * side {
                            let centre = (y1 + y2) / 2
                            y1 = centre - 0.55 * side
                            y2 = centre + 0.55 * side
                        }
                        glyphs.append(PDFGlyph(character: folded, x1: box.x1, y1: y1, x2: box.x2, y2: y2))
                    }
                }
            }
            pages.append(Page(number: index + 1, width: width, height: height, glyphs: glyphs))
        }
        return (pages, title)
    }
}
