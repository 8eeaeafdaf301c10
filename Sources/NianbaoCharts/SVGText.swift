/// Small helpers for writing SVG as text: escaping and fixed-precision numbers.
enum SVGText {
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\u{202A}"..."\u{202E}", "\u{2066}"..."\u{2069}": break
            default: out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// Coordinates with one decimal, so output is identical on every platform.
    static func number(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        let sign = tenths < 0 ? "-" : ""
        let magnitude = abs(tenths)
        return magnitude % 10 == 0 ? "\(sign)\(magnitude / 10)" : "\(sign)\(magnitude / 10).\(magnitude % 10)"
    }

    /// The opening `<svg>` with its accessible name and description.
    static func open(id: String, width: Double, height: Double, title: String, description: String, classes: String) -> String {
        "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"chart \(classes)\" viewBox=\"0 0 \(number(width)) \(number(height))\" "
            + "role=\"img\" aria-labelledby=\"\(id)-title \(id)-desc\">"
            + "<title id=\"\(id)-title\">\(escape(title))</title><desc id=\"\(id)-desc\">\(escape(description))</desc>"
    }
}
