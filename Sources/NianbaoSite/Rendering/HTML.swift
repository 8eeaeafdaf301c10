/// A fragment of HTML that is safe to insert as it is.
///
/// It can only be made by escaping text (`HTML(text:)`), from cmark's safe
/// output (`Markdown.html`), or by our own renderers joining such fragments.
/// Templates insert `HTML` values with `{{{…HTML}}}`; every other value goes
/// through Mustache's `{{…}}`, which escapes it.
public struct HTML: Sendable, Equatable, CustomStringConvertible {
    public let rawValue: String

    /// Only for fragments built in this module from escaped parts or trusted sources.
    init(trusted: String) { rawValue = trusted }

    public init(text: String) { rawValue = HTML.escape(text) }

    public var description: String { rawValue }

    public static func + (a: HTML, b: HTML) -> HTML { HTML(trusted: a.rawValue + b.rawValue) }

    public static func join(_ parts: [HTML], separator: String = "") -> HTML {
        HTML(trusted: parts.map(\.rawValue).joined(separator: separator))
    }

    /// Escapes the five characters that matter in HTML text and attribute values.
    public static func escape(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            // Bidirectional controls would reorder what a reader sees (an entity
            // still acts): show them as visible text instead.
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": out += HTML.visibleControl(scalar)
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func visibleControl(_ scalar: Unicode.Scalar) -> String {
        "〔U+\(String(scalar.value, radix: 16).uppercased())〕"
    }

    /// Replaces bidirectional controls in trusted HTML (cmark output) with visible text.
    static func neutraliseBidiControls(_ html: String) -> String {
        guard html.unicodeScalars.contains(where: { ("\u{202A}"..."\u{202E}").contains($0) || ("\u{2066}"..."\u{2069}").contains($0) }) else { return html }
        var out = ""
        for scalar in html.unicodeScalars {
            if ("\u{202A}"..."\u{202E}").contains(scalar) || ("\u{2066}"..."\u{2069}").contains(scalar) {
                out += visibleControl(scalar)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `<tag attr="value">content</tag>` with escaped attribute values.
    static func element(_ tag: String, _ attributes: [(String, String)] = [], _ content: HTML = HTML(trusted: "")) -> HTML {
        let attrs = attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined()
        return HTML(trusted: "<\(tag)\(attrs)>\(content.rawValue)</\(tag)>")
    }
}
