/// Several series over years, with gaps for missing years, each point
/// labelled with its value and each line labelled by name at its end.
/// Series differ by colour, dash pattern and marker shape, so colour is
/// never the only cue.
public struct LineChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    public var series: [ChartSeries]
    /// The label under each year (for example `2024·6份` for totals over a changing set of reports).
    public var yearLabel: @Sendable (Int) -> String

    public init(id: String, title: String, description: String, series: [ChartSeries],
                yearLabel: @escaping @Sendable (Int) -> String = { String($0) }) {
        self.id = id
        self.title = title
        self.description = description
        self.series = series
        self.yearLabel = yearLabel
    }

    public var years: [Int] { Array(Set(series.flatMap { $0.points.map(\.year) })).sorted() }

    public func svg() -> String {
        let frame = ChartFrame()
        let years = self.years
        let values = series.flatMap { $0.points.compactMap(\.value) }
        var out = SVGText.open(id: id, width: frame.width, height: frame.height, title: title, description: description, classes: "line-chart")
        let y = frame.yAxis(ticks: Ticks.nice(minimum: values.min() ?? 0, maximum: values.max() ?? 0), into: &out)
        frame.xLabels(years.map(yearLabel), into: &out)
        // Value labels already placed, so that a second one at the same spot moves below its marker or is left out.
        var placed: [(x: Double, y: Double, text: String)] = []
        var labels: [(series: Int, x: Double, y: Double, name: String)] = []
        for (index, line) in series.enumerated() {
            let style = index % ChartStyle.count
            out += "<g class=\"series s\(style)\">"
            let points: [(x: Double, y: Double, value: Double)?] = years.map { year in
                guard let value = line.points.first(where: { $0.year == year })?.value else { return nil }
                return (frame.bandCentre(years.firstIndex(of: year)!, of: years.count), y(value), value)
            }
            // One path per run of consecutive known years: a gap stays a gap.
            var run: [String] = []
            func flush() {
                if run.count > 1 { out += "<path class=\"line\" stroke-dasharray=\"\(ChartStyle.dash(style))\" d=\"M\(run.joined(separator: " L"))\"/>" }
                run = []
            }
            for point in points {
                guard let point else { flush(); continue }
                run.append("\(SVGText.number(point.x)) \(SVGText.number(point.y))")
            }
            flush()
            for point in points.compactMap({ $0 }) {
                out += ChartStyle.marker(style, x: point.x, y: point.y)
                let text = ChineseNumber.format(point.value)
                let clashes = { (y: Double) in placed.contains { abs($0.x - point.x) < 1 && abs($0.y - y) < 12 } }
                if placed.contains(where: { abs($0.x - point.x) < 1 && $0.text == text && abs($0.y - (point.y - 8)) < 12 }) { continue }
                var y = point.y - 8
                if clashes(y) { y = point.y + 16 }
                // Never onto the year labels under the axis.
                if clashes(y) || y > frame.plotBottom - 2 { continue }
                placed.append((point.x, y, text))
                out += "<text class=\"value\" x=\"\(SVGText.number(point.x))\" y=\"\(SVGText.number(y))\" text-anchor=\"middle\">\(text)</text>"
            }
            if let last = points.compactMap({ $0 }).last { labels.append((index, last.x + 10, last.y + 4, line.name)) }
            out += "</g>"
        }
        // Direct labels at the line ends, pushed apart so they never overlap.
        labels.sort { ($0.y, $0.series) < ($1.y, $1.series) }
        for index in labels.indices.dropFirst() where labels[index].y - labels[index - 1].y < 14 {
            labels[index].y = labels[index - 1].y + 14
        }
        for label in labels.sorted(by: { $0.series < $1.series }) {
            out += "<text class=\"label s\(label.series % ChartStyle.count)\" x=\"\(SVGText.number(label.x))\" y=\"\(SVGText.number(label.y))\">\(SVGText.escape(label.name))</text>"
        }
        return out + "</svg>"
    }
}

/// Marker shapes and dash patterns per series, the non-colour cues.
enum ChartStyle {
    static let count = 6

    static func dash(_ style: Int) -> String { ["none", "6 3", "2 3", "8 3 2 3", "1 2", "12 4"][style % count] }

    static func marker(_ style: Int, x: Double, y: Double) -> String {
        let cx = SVGText.number(x), cy = SVGText.number(y)
        switch style % 3 {
        case 0: return "<circle class=\"marker\" cx=\"\(cx)\" cy=\"\(cy)\" r=\"3.5\"/>"
        case 1: return "<rect class=\"marker\" x=\"\(SVGText.number(x - 3.5))\" y=\"\(SVGText.number(y - 3.5))\" width=\"7\" height=\"7\"/>"
        default: return "<path class=\"marker\" d=\"M\(cx) \(SVGText.number(y - 4.5)) L\(SVGText.number(x + 4.5)) \(SVGText.number(y + 3.5)) L\(SVGText.number(x - 4.5)) \(SVGText.number(y + 3.5)) Z\"/>"
        }
    }
}
