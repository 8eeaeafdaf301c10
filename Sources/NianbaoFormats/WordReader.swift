import Foundation
import NianbaoReports
import ZIPFoundation

/// Reads a Word document (`.docx`): the paragraphs and tables of `word/document.xml`.
///
/// Headers, footers and footnotes live in other parts and are not read. Within the body:
/// runs are joined, `w:tab` is a space and `w:br` a line break; field codes
/// (`w:instrText`), deleted text (`w:delText`) and bookmarks are dropped, a field's
/// shown result is kept. Tables become grids: `w:gridSpan` spans columns, and a
/// `w:vMerge` continuation is folded into the cell it continues.
public enum WordReader {
    /// Word documents larger than this when unpacked are refused (a ZIP bomb, not a report).
    static let unpackedLimit = 64 * 1024 * 1024

    public static func read(_ bytes: [UInt8]) throws(ReadError) -> DocumentModel {
        let xml: [UInt8]
        let core: [UInt8]?
        do {
            (xml, core) = try ArchiveOnDisk.withArchive(bytes, parts)
        } catch let error as ReadError {
            // An archive that names a Word body it cannot give back is damaged, not some other ZIP.
            if case .binary = error, names(documentPart, in: bytes) {
                throw .damaged(format: "Word", reason: "不是完整的 .docx 压缩包")
            }
            throw error
        } catch {
            throw .damaged(format: "Word", reason: "不是完整的 .docx 压缩包")
        }
        guard let root = LibXML.xml(xml), let body = root.elements("body").first else {
            throw .damaged(format: "Word", reason: "word/document.xml 无法解析")
        }
        var reader = BodyReader()
        reader.read(body)
        var model = DocumentModel(blocks: reader.blocks, format: "Word", encoding: "UTF-8")
        if let core, let properties = LibXML.xml(core), let title = properties.elements("title").first?.text,
           !title.trimmingCharacters(in: .whitespaces).isEmpty {
            model.titles = [TitleCandidate(title, source: .documentTitle)]
        }
        return model
    }

    static let documentPart = "word/document.xml"

    /// Whether the bytes hold `name` as stored ZIP names are: uncompressed, in ASCII.
    private static func names(_ name: String, in bytes: [UInt8]) -> Bool {
        let needle = Array(name.utf8)
        guard bytes.count >= needle.count else { return false }
        return (0...(bytes.count - needle.count)).contains { start in
            bytes[start] == needle[0] && bytes[start..<start + needle.count].elementsEqual(needle)
        }
    }

    /// The body (`word/document.xml`) and, when small enough to be one, the title
    /// property (`docProps/core.xml`) of a Word archive.
    private static func parts(_ archive: Archive) throws -> (document: [UInt8], core: [UInt8]?) {
        var core: [UInt8]?
        if let entry = archive["docProps/core.xml"], entry.uncompressedSize <= 1 << 20 {
            var data = Data()
            _ = try? archive.extract(entry, skipCRC32: false) { data.append($0) }
            core = [UInt8](data)
        }
        guard let entry = archive[documentPart] else {
            throw ReadError.binary(kind: "ZIP 压缩包（里面没有 Word 文档）")
        }
        guard entry.uncompressedSize <= UInt64(unpackedLimit) else {
            throw ReadError.damaged(format: "Word", reason: "解压后超过 64 MB")
        }
        // The sizes an archive states can lie: the limit holds for what is really unpacked.
        var data = Data()
        _ = try archive.extract(entry, skipCRC32: false) { chunk in
            guard data.count + chunk.count <= unpackedLimit else {
                throw ReadError.damaged(format: "Word", reason: "解压后超过 64 MB")
            }
            data.append(chunk)
        }
        return ([UInt8](data), core)
    }

    private struct BodyReader {
        var blocks: [DocumentModel.Block] = []
        var paragraphs = 0
        var tables = 0

        mutating func read(_ container: MarkupNode.Element) {
            for child in container.children {
                guard case .element(let element) = child else { continue }
                switch element.name {
                case "p":
                    paragraphs += 1
                    let text = WordReader.text(of: element)
                    if !text.trimmingCharacters(in: .whitespaces).isEmpty {
                        blocks.append(.paragraph(text, DocumentLocation(paragraph: paragraphs)))
                    }
                case "tbl":
                    tables += 1
                    blocks.append(.table(WordReader.grid(element, number: tables)))
                case "sdt", "sdtcontent", "customxml", "ins":
                    read(element)
                default:
                    continue
                }
            }
        }
    }

    /// A paragraph's text: runs joined, tabs as spaces, breaks as `\n`, field codes dropped.
    static func text(of element: MarkupNode.Element) -> String {
        var result = ""
        func visit(_ element: MarkupNode.Element) {
            switch element.name {
            case "t": result += element.text
            case "tab": result += " "
            case "br", "cr": result += "\n"
            case "instrtext", "deltext", "del", "ppr", "rpr", "drawing", "pict", "object", "footnotereference":
                return
            default:
                for child in element.children { if case .element(let e) = child { visit(e) } }
            }
        }
        visit(element)
        return result
    }

    /// A table as a grid. A cell continuing a vertical merge adds to the row span of the
    /// cell above it in the same column instead of appearing itself.
    static func grid(_ table: MarkupNode.Element, number: Int) -> DocumentModel.Table {
        var rows: [[DocumentModel.TableCell]] = []
        // column → (row, index in that row) of the cell a vertical merge continues.
        var openMerges: [Int: (row: Int, index: Int)] = [:]
        for (rowIndex, row) in table.elements("tr").enumerated() {
            var cells: [DocumentModel.TableCell] = []
            var column = 0
            if let before = row.elements("trpr").first?.elements("gridbefore").first?["val"], let skip = Int(before) {
                column += max(0, min(skip, 100))
            }
            for cell in row.elements("tc") {
                let properties = cell.elements("tcpr").first
                let span = min(max(Int(properties?.elements("gridspan").first?["val"] ?? "") ?? 1, 1), 100)
                let merge = properties?.elements("vmerge").first
                if let merge, merge["val"] != "restart", let origin = openMerges[column] {
                    rows[origin.row][origin.index].rowSpan += 1
                    column += span
                    continue
                }
                var paragraphs: [String] = []
                func collect(_ element: MarkupNode.Element) {
                    for child in element.children {
                        guard case .element(let e) = child else { continue }
                        if e.name == "p" { paragraphs.append(text(of: e)) } else if e.name != "tcpr" { collect(e) }
                    }
                }
                collect(cell)
                let textValue = paragraphs.filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.joined(separator: "\n")
                let location = DocumentLocation(table: number, row: rowIndex + 1, column: column + 1)
                if merge != nil { openMerges[column] = (rowIndex, cells.count) } else { openMerges[column] = nil }
                cells.append(DocumentModel.TableCell(textValue, location: location, rowSpan: 1, columnSpan: span))
                column += span
            }
            rows.append(cells)
        }
        return DocumentModel.Table(rows: rows)
    }
}
