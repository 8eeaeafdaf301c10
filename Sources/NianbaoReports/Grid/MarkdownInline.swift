/// The plain text of a Markdown table cell as converters write it: pandoc's bracketed spans
/// without their attributes (`[46]{style="…"}[984]{…}` → `46984`: one figure a Word run
/// split in two), raw HTML tags and entities removed (`InlineMarkup`), and backslash
/// escapes undone (`1\.` → `1.`, `\|` → `|`).
enum MarkdownInline {
    static func plain(_ text: String) -> String {
        unescaped(InlineMarkup.plain(text))
    }

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
