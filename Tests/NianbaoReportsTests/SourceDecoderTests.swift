import Foundation
import Testing
@testable import NianbaoReports

@Suite struct SourceDecoderTests {
    let seed = "002_9d017863089d3b5a.txt"

    @Test func readsUTF8WithAndWithoutBOM() throws {
        #expect(try SourceDecoder.decode(Array("一、总体情况".utf8)).encoding == "UTF-8")
        let withBOM = try SourceDecoder.decode([0xEF, 0xBB, 0xBF] + Array("一、总体情况".utf8))
        #expect(withBOM.encoding == "UTF-8 BOM")
        #expect(withBOM.text == "一、总体情况")
    }

    @Test func readsUTF16WithBOMInBothByteOrders() throws {
        let text = "二、主动公开政府信息情况 123"
        let little: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let big: [UInt8] = [0xFE, 0xFF] + text.utf16.flatMap { [UInt8($0 >> 8), UInt8($0 & 0xFF)] }
        #expect(try SourceDecoder.decode(little) == DecodedSource(text: text, encoding: "UTF-16LE"))
        #expect(try SourceDecoder.decode(big) == DecodedSource(text: text, encoding: "UTF-16BE"))
    }

    @Test func readsGB18030CopyOfASeedToTheSameNumbers() throws {
        let gb = try Fixtures.bytes(Fixtures.handMade.appendingPathComponent("002-gb18030.txt"))
        let fromGB = try ReportParser.parse(gb, file: "x")
        let fromUTF8 = try Fixtures.parseReal(seed)
        #expect(fromGB.source.encoding == "GB18030")
        #expect(fromGB.applications == fromUTF8.applications)
        #expect(fromGB.reviewAndLitigation == fromUTF8.reviewAndLitigation)
        #expect(fromGB.activeDisclosure == fromUTF8.activeDisclosure)
        #expect(fromGB.metadata.agency == "东昌府区人民政府办公室")
    }

    @Test func readsUTF16CopyOfASeedToTheSameNumbers() throws {
        let text = try String(contentsOf: Fixtures.reports.appendingPathComponent(seed), encoding: .utf8)
        let bytes: [UInt8] = [0xFF, 0xFE] + text.utf16.flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let report = try ReportParser.parse(bytes, file: "x")
        #expect(report.applications == (try Fixtures.parseReal(seed)).applications)
    }

    @Test(arguments: [
        (Array("%PDF-1.7\n".utf8), "PDF 文件"),
        ([0x50, 0x4B, 0x03, 0x04, 0x14, 0x00], "ZIP 压缩包"),
        ([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A], "PNG 图片"),
        (Array("abc".utf8) + [0, 1, 2], "二进制文件"),
    ])
    func refusesBinaryFilesNamingTheirKind(_ bytes: [UInt8], _ kind: String) {
        #expect(throws: ReadError.binary(kind: kind)) { try SourceDecoder.decode(bytes) }
    }

    @Test func refusesOldWordFilesAskingForDocx() {
        #expect(throws: ReadError.legacyWord) { try SourceDecoder.decode([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1]) }
        #expect(ReadError.legacyWord.hint.contains("另存为 .docx"))
    }

    @Test func refusesEmptyAndBlankFiles() {
        #expect(throws: ReadError.empty) { try SourceDecoder.decode([]) }
        #expect(throws: ReadError.empty) { try SourceDecoder.decode(Array(" \n\r\n\t".utf8)) }
    }

    @Test func refusesTextThatIsNotAReport() {
        #expect(throws: ReadError.self) { try ReportParser.parse(Array("今天天气很好，我们去公园散步。".utf8), file: "x") }
        #expect(throws: ReadError.self) { try ReportParser.parse(Array("hello world".utf8), file: "x") }
    }

    @Test func hashesBytesWithSHA256() {
        #expect(SHA256.hex([]) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(SHA256.hex(Array("abc".utf8)) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
        // FIPS 180-4's two-block example.
        #expect(SHA256.hex(Array("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq".utf8))
                == "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1")
    }

    @Test func hashesBytesGivenInPiecesAsIfWhole() {
        let bytes = (0..<1000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        for pieces in [[1000], [0, 1000], [63, 1, 64, 872], [1, 1, 1, 997], [500, 500], [129, 0, 871]] {
            var hasher = SHA256.Hasher()
            var start = 0
            for count in pieces {
                hasher.update(Array(bytes[start..<start + count]))
                start += count
            }
            #expect(hasher.finish() == SHA256.hex(bytes), "\(pieces)")
        }
    }
}
