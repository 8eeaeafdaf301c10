/// The composition of a total per year: one bar per year, one segment per
/// category, a zero baseline, segment values written inside when they fit,
/// and a legend whose order matches the stack.
public struct StackedBarChart: Sendable {
    public var id: String
    public var title: String
    public var description: String
    /// One series per category; values are stacked bottom-up in this order.
    public var categories: [ChartSeries]

    public init(id: String, title: String, description: String, categories: [ChartSeries]) {
        self.id = id
        self.title = title
        self.description = description
        self.categories = categories
    }

    public func svg() -> String {
        var frame = ChartFrame()
        frame.right = 16
        frame.bottom = 36 + 22 * Double((categories.count + 2) / 3)
        let years = Array(Set(categories.flatMap { $0.points.map(\.year) })).sorted()
        func value(_ category: ChartSeries, _ year: Int) -> Double? { category.points.first { $0.year == year }?.value }
        let totals = years.map { year in categories.compactMap { value($0, year) }.reduce(0, +) }
        var out = SVGText.open(id: id, width: frame.width, height: frame.height, title: title, description: description, classes: "stacked-bar-chart")
        let y = frame.yAxis(ticks: Ticks.nice(maximum: totals.max() ?? 0), into: &out)
        frame.xLabels(years.map(String.init), into: &out)
        let barWidth = min(48, frame.bandWidth(years.count) * 0.6)
        for (index, year) in years.enumerated() {
            let x = frame.bandCentre(index, of: years.count) - barWidth / 2
            var base = 0.0
            for (number, category) in categories.enumerated() {
                guard let amount = value(category, year), amount > 0 else { continue }
                let top = y(base + amount), bottom = y(base)
                out += "<rect class=\"s\(number % ChartStyle.count) segment\" x=\"\(SVGText.number(x))\" y=\"\(SVGText.number(top))\" width=\"\(SVGText.number(barWidth))\" height=\"\(SVGText.number(bottom - top))\"><title>\(year) 年 \(SVGText.escape(category.name))：\(ChineseNumber.format(amount))</title></rect>"
                if bottom - top >= 13 {
                    out += "<text class=\"in-bar\" x=\"\(SVGText.number(x + barWidth / 2))\" y=\"\(SVGText.number((top + bottom) / 2))\" text-anchor=\"middle\" dominant-baseline=\"middle\">\(ChineseNumber.format(amount))</text>"
                }
                base += amount
            }
            out += "<text class=\"value\" x=\"\(SVGText.number(x + barWidth / 2))\" y=\"\(SVGText.number(y(base) - 6))\" text-anchor=\"middle\">\(ChineseNumber.format(base))</text>"
            if categories.contains(where: { value($0, year) == nil }) {
                out += "<text class=\"gap\" x=\"\(SVGText.number(x + barWidth / 2))\" y=\"\(SVGText.number(y(base) - 20))\" text-anchor=\"middle\">部分缺失</text>"
            }
        }
        out += "<g class=\"legend\">"
        // Legend in stack order from the top, as a reader scans a bar downwards.
        for (position, (number, category)) in categories.enumerated().reversed().enumerated() {
            let lx = frame.plotLeft + Double(position % 3) * 190
            let ly = frame.plotBottom + 34 + Double(position / 3) * 22
            out += "<rect class=\"s\(number % ChartStyle.count) segment\" x=\"\(SVGText.number(lx))\" y=\"\(SVGText.number(ly - 10))\" width=\"12\" height=\"12\"/>"
            out += "<text x=\"\(SVGText.number(lx + 18))\" y=\"\(SVGText.number(ly))\">\(SVGText.escape(category.name))</text>"
        }
        return out + "</g></svg>"
    }
}
