/// Removes what is not the agency's text, keeping line numbers: CR line ends,
/// form feeds, Word bookmark markers, OCR junk after image markers, page
/// footers such as `-4-`, a publisher's front matter and a crawler's header block.
public struct CleanedText: Sendable {
    public var lines: [String]
    public var frontMatter: FrontMatter?
    public var header: CrawlerHeader?
    public var warnings: [Diagnostic]
}

public enum TextCleaner {
    public static func clean(_ text: String) -> CleanedText {
        var lines = splitLines(text)
        // Front matter first: it is the publisher's, above anything a crawler wrote.
        var (frontMatter, warnings) = FrontMatter.extract(&lines)
        let header = CrawlerHeader.read(lines)
        if let header {
            for index in 0..<header.separatorLine { lines[index] = "" }
        }
        var index = 0
        while index < lines.count {
            var line = removeBookmarks(lines[index])
            if isPageFooter(line) { line = "" }
            if let marker = imageMarker(in: line) {
                // OCR of an embedded image: the marker, the rest of its line when
                // it has no Han text, and the following lines without Han text.
                let before = String(String.UnicodeScalarView(Array(line.unicodeScalars)[..<marker.start]))
                let after = String(String.UnicodeScalarView(Array(line.unicodeScalars)[marker.end...]))
                let keepAfter = after.unicodeScalars.contains { $0.isHan }
                lines[index] = before + (keepAfter ? after : "")
                var last = index
                var next = index + 1
                while next < lines.count, !lines[next].unicodeScalars.contains(where: { $0.isHan }),
                      imageMarker(in: lines[next]) == nil {
                    if !lines[next].trimmingSpaces.isEmpty { last = next }
                    next += 1
                }
                let dropped = (index + 1...max(index + 1, last)).filter { $0 <= last && !lines[$0].trimmingSpaces.isEmpty }
                if !keepAfter && !after.trimmingSpaces.isEmpty || !dropped.isEmpty {
                    let range = last > index ? "第 \(index + 1)–\(last + 1) 行" : "第 \(index + 1) 行"
                    warnings.append(Diagnostic(line: index + 1,
                        "图片 \(marker.name) 之后的识别文字（\(range)）不是报告正文，已略去",
                        hint: "如需保留，请在原文中改为文字"))
                }
                for drop in dropped { lines[drop] = "" }
                index += 1
                continue
            }
            lines[index] = line
            index += 1
        }
        return CleanedText(lines: lines, frontMatter: frontMatter, header: header, warnings: warnings)
    }

    /// Splits on LF, CRLF and lone CR; drops form feeds.
    static func splitLines(_ text: String) -> [String] {
        var lines: [String] = []
        var current = String.UnicodeScalarView()
        var previousWasCR = false
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\n":
                if !previousWasCR { lines.append(String(current)); current = String.UnicodeScalarView() }
                previousWasCR = false
            case "\r":
                lines.append(String(current)); current = String.UnicodeScalarView()
                previousWasCR = true
            case "\u{0C}", "\u{FEFF}":
                previousWasCR = false
            default:
                // Kangxi radicals and compatibility ideographs are read as the characters they stand for.
                current.append(CompatibilityFolding.mapped(scalar) ?? scalar)
                previousWasCR = false
            }
        }
        if !current.isEmpty { lines.append(String(current)) }
        return lines
    }

    /// Drops `[bookmark: _GoBack]`-style markers that Word's text export leaves.
    static func removeBookmarks(_ line: String) -> String {
        guard line.containsText("[bookmark:") else { return line }
        var scalars = Array(line.unicodeScalars)
        let open = Array("[bookmark:".unicodeScalars)
        var index = 0
        while index + open.count <= scalars.count {
            if Array(scalars[index..<index + open.count]) == open,
               let close = scalars[index...].firstIndex(of: "]") {
                scalars.removeSubrange(index...close)
            } else {
                index += 1
            }
        }
        return String(String.UnicodeScalarView(scalars))
    }

    /// `-4-`, `— 12 —`, `第 3 页`, `第3页 共9页`, `3/9` alone on a line.
    static func isPageFooter(_ line: String) -> Bool {
        guard line.utf8.count <= 64 else { return false }
        let scalars = Array(line.unicodeScalars.map(\.folded).filter { !$0.isSpaceLike })
        guard !scalars.isEmpty, scalars.count <= 16 else { return false }
        let digits = scalars.filter(\.isASCIIDigit).count
        guard digits > 0, digits <= 6 else { return false }
        let text = String(String.UnicodeScalarView(scalars))
        let dashes: Set<Unicode.Scalar> = ["-", "—", "–", "－", "―"]
        if let first = scalars.first, let last = scalars.last, dashes.contains(first), dashes.contains(last),
           scalars.dropFirst().dropLast().allSatisfy(\.isASCIIDigit) {
            return true
        }
        if text.hasPrefix("第") && text.contains("页") {
            return scalars.allSatisfy { $0.isASCIIDigit || "第页共".unicodeScalars.contains($0) }
        }
        if let slash = scalars.firstIndex(of: "/"), slash > 0, slash < scalars.count - 1 {
            return scalars.allSatisfy { $0.isASCIIDigit || $0 == "/" }
        }
        return false
    }

    struct ImageMarker: Equatable { var start: Int; var end: Int; var name: String }

    /// The first `[image: name]` marker in a line, in scalar offsets.
    static func imageMarker(in line: String) -> ImageMarker? {
        guard line.containsText("[image:") else { return nil }
        let scalars = Array(line.unicodeScalars)
        let open = Array("[image:".unicodeScalars)
        var index = 0
        while index + open.count <= scalars.count {
            if Array(scalars[index..<index + open.count]) == open {
                // An unclosed marker runs to the end of the line (found by fuzzing).
                let nameStart = index + open.count
                let close = scalars[nameStart...].firstIndex(of: "]")
                let name = String(String.UnicodeScalarView(scalars[nameStart..<(close ?? scalars.count)])).trimmingSpaces
                return ImageMarker(start: index, end: close.map { $0 + 1 } ?? scalars.count, name: name)
            }
            index += 1
        }
        return nil
    }
}
