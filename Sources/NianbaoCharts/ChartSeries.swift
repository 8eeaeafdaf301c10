/// A named run of yearly values for a chart; `nil` values are gaps.
///
/// The charts library takes only its own input types, never the report model;
/// the site maps reports to chart series. Charts themselves come with the charts issue.
public struct ChartSeries: Sendable, Equatable {
    public var name: String
    public var points: [(year: Int, value: Double?)]

    public init(name: String, points: [(year: Int, value: Double?)]) {
        self.name = name
        self.points = points
    }

    public static func == (a: ChartSeries, b: ChartSeries) -> Bool {
        a.name == b.name && a.points.map(\.year) == b.points.map(\.year) && a.points.map(\.value) == b.points.map(\.value)
    }
}
