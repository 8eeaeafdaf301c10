/// What converters leave in a Markdown report's lines that is not text: raw HTML tags
/// (pandoc's `gfm` keeps a Word page's `<span style=…>` runs), character entities
/// (`&quot;`, `&nbsp;`), pandoc's bracketed spans (`[2024]{lang="EN-US"}`) and fenced-div
/// lines (`::: {.WordSection1}`). Removed line by line, so that labels, titles and figures
/// read as printed and no markup reaches a published page; Markdown itself (emphasis,
/// links) stays for the narrative's renderer.
///
/// Text tables are read from the lines before this (their columns are positions in the
/// line as written); their cells are cleaned the same way, escapes undone too (`cell`).
public enum InlineMarkup {
    /// The plain text of a Markdown table cell as converters write it: markup removed as
    /// from a line (`[46]{style="…"}[984]{…}` → `46984`: one figure a Word run split in two)
    /// and backslash escapes undone (`1\.` → `1.`, `\|` → `|`).
    static func cell(_ text: String) -> String { unescaped(plain(text)) }

    /// A line without converters' markup (unchanged when it holds none).
    public static func plain(_ line: String) -> String {
        // Most lines hold none of it: one pass over the bytes says which steps are needed.
        var tag = false, span = false, entity = false
        var previous: UInt8 = 0
        for byte in line.utf8 {
            switch byte {
            case UInt8(ascii: "<"): tag = true
            case UInt8(ascii: "&"): entity = true
            case UInt8(ascii: "{") where previous == UInt8(ascii: "]"): span = true
            default: break
            }
            previous = byte
        }
        if line.utf8.starts(with: ":::".utf8), isFencedDiv(line) { return "" }
        guard tag || span || entity else { return line }
        var text = line
        if tag { text = withoutTags(text) }
        if span { text = withoutSpans(text) }
        if entity { text = decodingEntities(text) }
        return text
    }

    /// `:::`, `::: {.class key="…"}`, `::: name`, with closing colons or not.
    static func isFencedDiv(_ line: String) -> Bool {
        var rest = String(line.drop { $0 == ":" }).trimmingSpaces
        while rest.last == ":" { rest.removeLast() }
        rest = rest.trimmingSpaces
        return rest.isEmpty || (rest.first == "{" && rest.last == "}") || !rest.contains(" ")
    }

    /// Removes `<tag …>`, `</tag>` and `<!-- … -->`; a `<` that starts no tag (`<5%`) stays.
    static func withoutTags(_ text: String) -> String {
        let scalars = Array(text.unicodeScalars)
        var view = String.UnicodeScalarView()
        var index = 0
        while index < scalars.count {
            if scalars[index] == "<", let end = tagEnd(scalars, from: index) {
                index = end + 1
                continue
            }
            view.append(scalars[index])
            index += 1
        }
        return String(view)
    }

    /// The index of the `>` that closes the tag opened at `start`, if one is.
    private static func tagEnd(_ scalars: [Unicode.Scalar], from start: Int) -> Int? {
        var index = start + 1
        guard index < scalars.count else { return nil }
        if scalars[index...].starts(with: "!--".unicodeScalars) {
            var probe = index + 3
            while probe + 2 < scalars.count {
                if scalars[probe] == "-", scalars[probe + 1] == "-", scalars[probe + 2] == ">" { return probe + 2 }
                probe += 1
            }
            return nil
        }
        if scalars[index] == "/" { index += 1 }
        guard index < scalars.count, scalars[index].isASCIILetter else { return nil }
        while index < scalars.count, scalars[index].isASCIILetter || scalars[index].isASCIIDigit || scalars[index] == ":" || scalars[index] == "-" {
            index += 1
        }
        guard index < scalars.count else { return nil }
        if scalars[index] == ">" { return index }
        if scalars[index] == "/", index + 1 < scalars.count, scalars[index + 1] == ">" { return index + 1 }
        guard scalars[index] == " " || scalars[index] == "\t" else { return nil }
        // Attributes, quoted values may hold `>`.
        var quote: Unicode.Scalar?
        while index < scalars.count {
            let scalar = scalars[index]
            if let q = quote { if scalar == q { quote = nil } }
            else if scalar == "\"" || scalar == "'" { quote = scalar }
            else if scalar == ">" { return index }
            else if scalar == "<" { return nil }
            index += 1
        }
        return nil
    }

    static let entities: [String: String] = ["nbsp": " ", "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
                                             "ensp": " ", "emsp": "　", "ldquo": "“", "rdquo": "”", "middot": "·", "mdash": "—"]

    /// `&name;` for the entities converters write, and `&#NNN;` / `&#xHH;`.
    static func decodingEntities(_ text: String) -> String {
        var result = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            result += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semicolon = after.prefix(10).firstIndex(of: ";") {
                let name = String(after[..<semicolon])
                var replacement: String?
                if let known = entities[name] { replacement = known }
                else if name.hasPrefix("#x") || name.hasPrefix("#X"), let value = UInt32(name.dropFirst(2), radix: 16) {
                    replacement = Unicode.Scalar(value).map { String(Character($0)) }
                } else if name.hasPrefix("#"), let value = UInt32(name.dropFirst()) {
                    replacement = Unicode.Scalar(value).map { String(Character($0)) }
                }
                if let replacement {
                    result += replacement
                    rest = after[after.index(after: semicolon)...]
                    continue
                }
            }
            result += "&"
            rest = after
        }
        return result + rest
    }

    /// `[text]{attributes}` → `text`.
    static func withoutSpans(_ text: String) -> String {
        guard text.contains("]{") else { return text }
        var result = ""
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "[") {
            guard let close = rest[open...].firstIndex(of: "]"), rest.index(after: close) < rest.endIndex,
                  rest[rest.index(after: close)] == "{", let brace = rest[close...].firstIndex(of: "}") else { break }
            result += rest[..<open] + rest[rest.index(after: open)..<close]
            rest = rest[rest.index(after: brace)...]
        }
        return result + rest
    }

    /// A backslash before ASCII punctuation is Markdown's escape: the punctuation stays.
    static func unescaped(_ text: String) -> String {
        guard text.contains("\\") else { return text }
        var view = String.UnicodeScalarView()
        var escaping = false
        for scalar in text.unicodeScalars {
            if !escaping, scalar == "\\" { escaping = true; continue }
            if escaping, !(scalar.isASCII && scalar.properties.isPatternSyntax) { view.append("\\") }
            view.append(scalar)
            escaping = false
        }
        if escaping { view.append("\\") }
        return String(view)
    }
}
