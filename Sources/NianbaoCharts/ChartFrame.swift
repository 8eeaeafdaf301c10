/// The plotting area inside a chart's viewBox, and the y axis drawn in it.
struct ChartFrame {
    var width: Double = 640
    var height: Double = 300
    var left: Double = 56
    var right: Double = 110
    var top: Double = 16
    var bottom: Double = 36

    var plotLeft: Double { left }
    var plotRight: Double { width - right }
    var plotTop: Double { top }
    var plotBottom: Double { height - bottom }

    /// Horizontal grid lines with labels at each tick; returns the y scale.
    func yAxis(ticks: [Double], into out: inout String) -> LinearScale {
        let scale = LinearScale(domain: ticks.first!...ticks.last!, range: plotTop...plotBottom, inverted: true)
        out += "<g class=\"axis y\">"
        for tick in ticks {
            let y = SVGText.number(scale(tick))
            out += "<line class=\"grid\(tick == 0 ? " zero" : "")\" x1=\"\(SVGText.number(plotLeft))\" x2=\"\(SVGText.number(plotRight))\" y1=\"\(y)\" y2=\"\(y)\"/>"
            out += "<text x=\"\(SVGText.number(plotLeft - 6))\" y=\"\(y)\" text-anchor=\"end\" dominant-baseline=\"middle\">\(ChineseNumber.format(tick))</text>"
        }
        out += "</g>"
        return scale
    }

    /// Centre of the band for item `index` of `count` along the x axis.
    func bandCentre(_ index: Int, of count: Int) -> Double {
        let band = (plotRight - plotLeft) / Double(max(count, 1))
        return plotLeft + band * (Double(index) + 0.5)
    }

    func bandWidth(_ count: Int) -> Double { (plotRight - plotLeft) / Double(max(count, 1)) }

    /// Year labels under the bands.
    func xLabels(_ labels: [String], into out: inout String) {
        out += "<g class=\"axis x\">"
        for (index, label) in labels.enumerated() {
            out += "<text x=\"\(SVGText.number(bandCentre(index, of: labels.count)))\" y=\"\(SVGText.number(plotBottom + 20))\" text-anchor=\"middle\">\(SVGText.escape(label))</text>"
        }
        out += "</g>"
    }
}
