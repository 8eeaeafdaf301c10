/// A word-sized trend line: no axes, the last value marked.
public struct Sparkline: Sendable {
    public var id: String
    public var title: String
    public var series: ChartSeries

    public init(id: String, title: String, series: ChartSeries) {
        self.id = id
        self.title = title
        self.series = series
    }

    public func svg() -> String {
        let width = 120.0, height = 28.0
        let points = series.points.sorted { $0.year < $1.year }
        let values = points.compactMap(\.value)
        let description = points.map { "\($0.year) 年 \($0.value.map(ChineseNumber.format) ?? "缺失")" }.joined(separator: "，")
        var out = SVGText.open(id: id, width: width, height: height, title: title, description: description, classes: "sparkline")
        let y = LinearScale(domain: min(0, values.min() ?? 0)...max(1, values.max() ?? 1), range: 3...(height - 3), inverted: true)
        let x = LinearScale(domain: 0...Double(max(points.count - 1, 1)), range: 3...(width - 3))
        var run: [String] = []
        func flush() {
            if run.count > 1 { out += "<path class=\"line s0\" d=\"M\(run.joined(separator: " L"))\"/>" }
            run = []
        }
        for (index, point) in points.enumerated() {
            guard let value = point.value else { flush(); continue }
            run.append("\(SVGText.number(x(Double(index)))) \(SVGText.number(y(value)))")
        }
        flush()
        if let lastIndex = points.lastIndex(where: { $0.value != nil }) {
            out += "<circle class=\"marker s0\" cx=\"\(SVGText.number(x(Double(lastIndex))))\" cy=\"\(SVGText.number(y(points[lastIndex].value!)))\" r=\"2.5\"/>"
        }
        return out + "</svg>"
    }
}
