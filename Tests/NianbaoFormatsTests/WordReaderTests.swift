import Foundation
import Testing
import NianbaoReports
import ZIPFoundation
@testable import NianbaoFormats

@Suite struct WordReaderTests {
    /// A .docx holding `body` (WordprocessingML inside `<w:body>`), made in memory.
    static func docx(_ body: String) throws -> [UInt8] {
        let xml = """
        <?xml version="1.0" encoding="UTF-8" standalone="yes"?>
        <w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>\(body)</w:body></w:document>
        """
        let archive = try Archive(accessMode: .create)
        let data = Data(xml.utf8)
        try archive.addEntry(with: "word/document.xml", type: .file, uncompressedSize: Int64(data.count)) { position, size in
            data.subdata(in: Int(position)..<Int(position) + size)
        }
        return [UInt8](try #require(archive.data))
    }

    static func cell(_ text: String, properties: String = "") -> String {
        "<w:tc><w:tcPr>\(properties)</w:tcPr><w:p><w:r><w:t>\(text)</w:t></w:r></w:p></w:tc>"
    }

    @Test func readsParagraphsDroppingFieldCodesBookmarksAndDeletions() throws {
        let document = try WordReader.read(try Self.docx("""
        <w:p><w:bookmarkStart w:id="0" w:name="_GoBack"/><w:r><w:t>一、总体</w:t></w:r><w:r><w:t>情况</w:t></w:r></w:p>
        <w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r>
        <w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>收到</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>
        <w:del><w:r><w:delText>99</w:delText></w:r></w:del><w:ins><w:r><w:t>41</w:t></w:r></w:ins><w:r><w:tab/><w:t>件</w:t></w:r></w:p>
        """))
        #expect(document.blocks == [
            .paragraph("一、总体情况", DocumentLocation(paragraph: 1)),
            .paragraph("收到41 件", DocumentLocation(paragraph: 2)),
        ])
    }

    @Test func foldsVerticalMergesIntoTheCellAboveAndSpansColumns() throws {
        let document = try WordReader.read(try Self.docx("""
        <w:tbl>
        <w:tr>\(Self.cell("三、办理结果", properties: "<w:vMerge w:val=\"restart\"/>"))\(Self.cell("（一）予以公开", properties: "<w:gridSpan w:val=\"2\"/>"))\(Self.cell("5"))</w:tr>
        <w:tr>\(Self.cell("", properties: "<w:vMerge/>"))\(Self.cell("1."))\(Self.cell("国家秘密"))\(Self.cell("0"))</w:tr>
        </w:tbl>
        """))
        guard case .table(let table)? = document.blocks.first else { Issue.record("no table"); return }
        #expect(table.rows.map { $0.map(\.text) } == [["三、办理结果", "（一）予以公开", "5"], ["1.", "国家秘密", "0"]])
        #expect(table.rows[0][0].rowSpan == 2)
        #expect(table.rows[1].map(\.location.column) == [2, 3, 4])
    }

    @Test func refusesAZipWithoutAWordDocument() throws {
        let archive = try Archive(accessMode: .create)
        let data = Data("x".utf8)
        try archive.addEntry(with: "a.txt", type: .file, uncompressedSize: Int64(data.count)) { _, _ in data }
        #expect(throws: ReadError.binary(kind: "ZIP 压缩包（里面没有 Word 文档）")) {
            try WordReader.read([UInt8](archive.data!))
        }
    }

    /// Offsets past the archive's end trap ZIPFoundation's in-memory reader: each must be
    /// a "damaged" error and leave no temporary file behind.
    @Test(arguments: [(42, "local header"), (-1, "central directory")])
    func refusesAnArchiveWhoseOffsetsPointPastItsEnd(field: Int, what: String) throws {
        var bytes = try Self.docx("<w:p><w:r><w:t>一、总体情况</w:t></w:r></w:p>")
        func patch(_ at: Int, _ value: UInt32) {
            for k in 0..<4 { bytes[at + k] = UInt8(truncatingIfNeeded: value >> (8 * UInt32(k))) }
        }
        func last(_ signature: [UInt8]) -> Int {
            (0...(bytes.count - 4)).last { Array(bytes[$0..<$0 + 4]) == signature }!
        }
        if field > 0 {
            patch(last([0x50, 0x4B, 0x01, 0x02]) + field, 0x7FFF_FF00)
        } else {
            patch(last([0x50, 0x4B, 0x05, 0x06]) + 16, UInt32(bytes.count + 1000))
        }
        let before = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("nianbao-") }
        #expect(throws: ReadError.damaged(format: "Word", reason: "不是完整的 .docx 压缩包"), "\(what)") {
            try WordReader.read(bytes)
        }
        let after = try FileManager.default.contentsOfDirectory(atPath: NSTemporaryDirectory()).filter { $0.hasPrefix("nianbao-") }
        #expect(Set(after).subtracting(before).isEmpty)
    }
}
