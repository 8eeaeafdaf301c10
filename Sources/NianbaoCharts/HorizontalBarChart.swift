/// A ranking: one bar per item, largest first, long labels shortened with
/// the full label kept in a tooltip, values written at the bar ends.
public struct HorizontalBarChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var items: [(label: String, value: Double?)]
    /// How values are written (`128`, `54.5%`).
    public var format: @Sendable (Double) -> String

    public init(id: String, title: String, description: String, items: [(label: String, value: Double?)],
                format: @escaping @Sendable (Double) -> String = ChineseNumber.format) {
        self.id = id
        self.title = title
        self.description = description
        self.items = items
        self.format = format
    }

    /// Labels longer than this many characters are shortened with `…`.
    static let labelLength = 14

    /// Items largest first; equal values keep their input order; missing values last.
    public var ranked: [(label: String, value: Double?)] {
        items.enumerated().sorted { a, b in
            let x = a.element.value ?? -.infinity, y = b.element.value ?? -.infinity
            return x != y ? x > y : a.offset < b.offset
        }.map(\.element)
    }

    public func svg() -> String {
        let ranked = self.ranked
        let rowHeight = 26.0
        let labelWidth = 200.0
        let width = 640.0
        let height = 24 + rowHeight * Double(max(ranked.count, 1))
        var out = SVGText.open(id: id, width: width, height: height, title: title, description: description, classes: "hbar-chart")
        let maximum = Ticks.nice(maximum: ranked.compactMap(\.value).max() ?? 0).last ?? 1
        let scale = LinearScale(domain: 0...maximum, range: labelWidth...(width - 70))
        out += "<line class=\"grid zero\" x1=\"\(SVGText.number(labelWidth))\" x2=\"\(SVGText.number(labelWidth))\" y1=\"8\" y2=\"\(SVGText.number(height - 8))\"/>"
        for (row, item) in ranked.enumerated() {
            let y = 12 + Double(row) * rowHeight
            let short = item.label.count > Self.labelLength ? String(item.label.prefix(Self.labelLength - 1)) + "…" : item.label
            out += "<g class=\"bar-row\"><title>\(SVGText.escape(item.label))：\(item.value.map(format) ?? "缺失")</title>"
            out += "<text class=\"label\" x=\"\(SVGText.number(labelWidth - 8))\" y=\"\(SVGText.number(y + 9))\" text-anchor=\"end\" dominant-baseline=\"middle\">\(SVGText.escape(short))</text>"
            if let value = item.value {
                let end = scale(max(0, value))
                out += "<rect class=\"s0 segment\" x=\"\(SVGText.number(labelWidth))\" y=\"\(SVGText.number(y))\" width=\"\(SVGText.number(end - labelWidth))\" height=\"18\"/>"
                out += "<text class=\"value\" x=\"\(SVGText.number(end + 6))\" y=\"\(SVGText.number(y + 9))\" dominant-baseline=\"middle\">\(format(value))</text>"
            } else {
                out += "<text class=\"gap\" x=\"\(SVGText.number(labelWidth + 6))\" y=\"\(SVGText.number(y + 9))\" dominant-baseline=\"middle\">缺失</text>"
            }
            out += "</g>"
        }
        return out + "</svg>"
    }
}
