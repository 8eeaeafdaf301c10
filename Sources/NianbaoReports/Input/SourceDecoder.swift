#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Turns a file's bytes into text, refusing what is not text.
///
/// Order matters: byte-order marks first (UTF-16 text is full of NUL bytes),
/// then binary signatures, then strict UTF-8, and GB18030 only for bytes that
/// are not valid UTF-8.
public enum SourceDecoder {
    public static func decode(_ bytes: [UInt8]) throws(ReadError) -> DecodedSource {
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D }) {
            throw .empty
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            guard let text = strictUTF8(bytes.dropFirst(3)) else { throw .undecodable }
            return try nonEmpty(DecodedSource(text: text, encoding: "UTF-8 BOM"))
        }
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            let little = bytes[0] == 0xFF
            guard let text = utf16(bytes.dropFirst(2), littleEndian: little) else { throw .undecodable }
            return try nonEmpty(DecodedSource(text: text, encoding: little ? "UTF-16LE" : "UTF-16BE"))
        }
        if bytes.starts(with: [0xD0, 0xCF, 0x11, 0xE0]) { throw .legacyWord }
        if let kind = binaryKind(bytes) { throw .binary(kind: kind) }
        if let text = strictUTF8(bytes[...]) {
            return try nonEmpty(DecodedSource(text: text, encoding: "UTF-8"))
        }
        guard let text = gb18030(bytes) else { throw .undecodable }
        return try nonEmpty(DecodedSource(text: text, encoding: "GB18030"))
    }

    private static func nonEmpty(_ source: DecodedSource) throws(ReadError) -> DecodedSource {
        if source.text.unicodeScalars.allSatisfy({ $0.properties.isWhitespace }) { throw .empty }
        return source
    }

    /// Names the kind of a binary file, or nil for bytes that may be text.
    static func binaryKind(_ bytes: [UInt8]) -> String? {
        let signatures: [([UInt8], String)] = [
            (Array("%PDF".utf8), " PDF 文件"),
            ([0x50, 0x4B, 0x03, 0x04], " ZIP 压缩包"),
            ([0xD0, 0xCF, 0x11, 0xE0], "旧版 Word（.doc）"),
            ([0x89, 0x50, 0x4E, 0x47], " PNG 图片"),
            ([0xFF, 0xD8, 0xFF], " JPEG 图片"),
            (Array("GIF8".utf8), " GIF 图片"),
        ]
        for (signature, kind) in signatures where bytes.starts(with: signature) {
            return kind.trimmingSpaces
        }
        if bytes.prefix(65_536).contains(0) { return "二进制文件" }
        return nil
    }

    private static func strictUTF8(_ bytes: ArraySlice<UInt8>) -> String? {
        String(validating: bytes, as: UTF8.self)
    }

    private static func utf16(_ bytes: ArraySlice<UInt8>, littleEndian: Bool) -> String? {
        guard bytes.count % 2 == 0 else { return nil }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2)
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let a = UInt16(bytes[index]), b = UInt16(bytes[index + 1])
            units.append(littleEndian ? (b << 8 | a) : (a << 8 | b))
            index += 2
        }
        var iterator = units.makeIterator()
        var decoder = UTF16()
        var scalars = String.UnicodeScalarView()
        while true {
            switch decoder.decode(&iterator) {
            case .scalarValue(let scalar): scalars.append(scalar)
            case .emptyInput: return String(scalars)
            case .error: return nil
            }
        }
    }

    /// GB18030 through the C library's iconv; nil when the bytes are not GB18030 either.
    private static func gb18030(_ bytes: [UInt8]) -> String? {
        let converter = iconv_open("UTF-8", "GB18030")
        guard converter != iconv_t(bitPattern: -1) else { return nil }
        defer { iconv_close(converter) }
        var input = bytes.map { CChar(bitPattern: $0) }
        var output = [CChar](repeating: 0, count: bytes.count * 2 + 16)
        let outputCount = output.count
        let written: Int? = input.withUnsafeMutableBufferPointer { inBuffer in
            output.withUnsafeMutableBufferPointer { outBuffer in
                var inPointer: UnsafeMutablePointer<CChar>? = inBuffer.baseAddress
                var inLeft = inBuffer.count
                var outPointer: UnsafeMutablePointer<CChar>? = outBuffer.baseAddress
                var outLeft = outputCount
                let result = iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft)
                return result != -1 && inLeft == 0 ? outputCount - outLeft : nil
            }
        }
        guard let written else { return nil }
        return strictUTF8(output[..<written].map { UInt8(bitPattern: $0) }[...])
    }
}

extension String {
    var trimmingSpaces: String {
        var scalars = Substring(self).unicodeScalars
        while let first = scalars.first, first.properties.isWhitespace { scalars.removeFirst() }
        while let last = scalars.last, last.properties.isWhitespace { scalars.removeLast() }
        return String(scalars)
    }
}
