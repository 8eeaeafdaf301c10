/// One figure of a table, with where it came from.
///
/// `value` is nil when the report does not give the figure or the parser could
/// not read it with certainty; `status` says which, so that zero, "not
/// applicable" and "unreadable" never collapse into one another.
public struct Cell<Value: Sendable & Equatable & Codable>: Codable, Sendable, Equatable {
    public enum Status: String, Codable, Sendable, Equatable {
        case read           // printed and read
        case notApplicable  // printed as `/`, `—`, `不适用`
        case blankAsZero    // left blank where the table uses blanks for zero
        case blank          // left blank where zero cannot be assumed: a total, or a table left wholly blank
        case missing        // not in the report
        case unreadable     // there, but not readable with certainty
    }

    public var value: Value?
    public var status: Status
    /// The 1-based source line the figure was read from.
    public var line: Int?

    public init(_ value: Value?, status: Status, line: Int?) {
        self.value = value
        self.status = status
        self.line = line
    }

    public static func read(_ value: Value, line: Int?) -> Cell { Cell(value, status: .read, line: line) }
    public static var missing: Cell { Cell(nil, status: .missing, line: nil) }
    public static func unreadable(line: Int?) -> Cell { Cell(nil, status: .unreadable, line: line) }

    /// Coded as `[value, status, line]`: a report has hundreds of cells, and keyed
    /// coding of each was most of the time it took to load a cached report.
    public init(from decoder: Decoder) throws {
        var container = try decoder.unkeyedContainer()
        value = try container.decodeNil() ? nil : try container.decode(Value.self)
        status = Status(rawValue: try container.decode(String.self)) ?? .unreadable
        line = try container.decodeNil() ? nil : try container.decode(Int.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.unkeyedContainer()
        if let value { try container.encode(value) } else { try container.encodeNil() }
        try container.encode(status.rawValue)
        if let line { try container.encode(line) } else { try container.encodeNil() }
    }
}
