/// Figures for several years that a report prints in its narrative
/// (for example application counts for 2019–2024).
public struct Series: Codable, Sendable, Equatable {
    public var title: String
    /// `(year, value)`; value nil where the cell is unreadable.
    public var points: [(year: Int, value: Int?)]
    public var line: Int?

    public static func == (a: Series, b: Series) -> Bool {
        a.title == b.title && a.line == b.line && a.points.map(\.year) == b.points.map(\.year)
            && a.points.map(\.value) == b.points.map(\.value)
    }

    private enum CodingKeys: String, CodingKey { case title, years, values, line }

    public init(title: String, points: [(year: Int, value: Int?)], line: Int?) {
        self.title = title
        self.points = points
        self.line = line
    }

    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        title = try container.decode(String.self, forKey: .title)
        let years = try container.decode([Int].self, forKey: .years)
        let values = try container.decode([Int?].self, forKey: .values)
        points = zip(years, values).map { ($0, $1) }
        line = try container.decodeIfPresent(Int.self, forKey: .line)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(title, forKey: .title)
        try container.encode(points.map(\.year), forKey: .years)
        try container.encode(points.map(\.value), forKey: .values)
        try container.encodeIfPresent(line, forKey: .line)
    }
}
