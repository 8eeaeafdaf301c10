/// Figures for several years that a report prints in its narrative
/// (for example application counts for 2019–2024).
public struct Series: Sendable, Equatable {
    public var title: String
    /// `(year, value)`; value nil where the cell is unreadable.
    public var points: [(year: Int, value: Int?)]
    public var line: Int?

    public static func == (a: Series, b: Series) -> Bool {
        a.title == b.title && a.line == b.line && a.points.map(\.year) == b.points.map(\.year)
            && a.points.map(\.value) == b.points.map(\.value)
    }
}
