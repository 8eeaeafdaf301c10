import NianbaoReports

/// Reads a report file of any supported format: picks the reader by the file's bytes
/// (and, for HTML, its name), then runs the one report parser.
///
/// | format | recognised by | reader |
/// |---|---|---|
/// | PDF | `%PDF` | `PDFReader` |
/// | Word | a ZIP holding `word/document.xml` | `WordReader` |
/// | old Word | the OLE signature | refused: save as .docx |
/// | HTML | `.htm`/`.html` name, or markup at the start of a file not named Markdown | `HTMLReader` |
/// | text with `<table>` blocks | a `<table` … `</table>` in text | `TextWithTablesReader` |
/// | text | anything else | `ReportParser` directly |
public enum ReportReader {
    public enum Format: String, Sendable { case text, html = "HTML", word = "Word", pdf = "PDF" }

    public static func format(of bytes: [UInt8], fileName: String) -> Format {
        if bytes.starts(with: Array("%PDF".utf8)) { return .pdf }
        if bytes.starts(with: [0x50, 0x4B, 0x03, 0x04]) { return .word }
        let lower = fileName.lowercased()
        if [".html", ".htm", ".xhtml", ".shtml"].contains(where: { lower.hasSuffix($0) }) { return .html }
        // Markdown may start with raw HTML (pandoc keeps a page's `<div>`s): read as HTML, its
        // lines and pipe tables would run together into one paragraph.
        if MarkdownFile.isNamed(lower) { return .text }
        return looksLikeMarkup(bytes) && !MarkdownFile.hasPipeTableRule(bytes) ? .html : .text
    }

    /// Markup at the start: `<!DOCTYPE html`, `<html`, `<head`, `<body`, `<meta`, `<div`, `<p`, `<table`.
    static func looksLikeMarkup(_ bytes: [UInt8]) -> Bool {
        var start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
        while start < bytes.count, [0x20, 0x09, 0x0A, 0x0D].contains(bytes[start]) { start += 1 }
        guard start < bytes.count, bytes[start] == UInt8(ascii: "<") else { return false }
        let head = String(decoding: bytes[start..<min(bytes.count, start + 16)], as: UTF8.self).lowercased()
        return ["<!doctype html", "<html", "<head", "<body", "<meta", "<div", "<p>", "<p ", "<table", "<h1", "<!--"]
            .contains { head.hasPrefix($0) }
    }

    /// What a file is read as: the document a format reader made of it, or decoded text,
    /// which the parser reads itself (decoded once, whichever it turns out to be).
    enum Read {
        case document(DocumentModel)
        case text(DecodedSource)
    }

    static func read(_ bytes: [UInt8], file: String) throws(ReadError) -> Read {
        switch format(of: bytes, fileName: String(file.split(separator: "/").last ?? "")) {
        case .text:
            // A text file holding HTML tables (pandoc's Markdown for merged cells) has its tables read as grids.
            let decoded = try SourceDecoder.decode(bytes)
            return TextWithTablesReader.applies(decoded.text) ? .document(TextWithTablesReader.read(decoded)) : .text(decoded)
        case .html: return .document(try HTMLReader.read(bytes))
        case .word: return .document(try WordReader.read(bytes))
        case .pdf: return .document(try PDFReader.read(bytes))
        }
    }

    /// The text the report parser reads for this file, each line behind its location
    /// in the original: what `nianbao parse --text` shows, to see what a reader made of a file.
    public static func text(_ bytes: [UInt8], file: String) throws(ReadError) -> String {
        switch try read(bytes, file: file) {
        case .text(let decoded): return decoded.text
        case .document(let document):
            let rendered = DocumentText.render(document)
            return zip(rendered.text.split(separator: "\n", omittingEmptySubsequences: false), rendered.locations)
                .map { line, location in "\(location.map(\.description) ?? "")\t\(line)" }.joined(separator: "\n")
        }
    }

    public static func parse(_ bytes: [UInt8], file: String) throws(ReadError) -> Report {
        switch try read(bytes, file: file) {
        case .text(let decoded): return try ReportParser.parse(decoded, bytes: bytes, file: file)
        case .document(let document): return try ReportParser.parse(document: document, bytes: bytes, file: file)
        }
    }
}
