/// Maps data values onto pixel positions, linearly.
public struct LinearScale: Sendable, Equatable {
    public var domain: ClosedRange<Double>
    public var range: ClosedRange<Double>
    /// When true, larger values map to smaller positions (an SVG y axis).
    public var inverted: Bool

    public init(domain: ClosedRange<Double>, range: ClosedRange<Double>, inverted: Bool = false) {
        self.domain = domain
        self.range = range
        self.inverted = inverted
    }

    public func callAsFunction(_ value: Double) -> Double {
        let span = domain.upperBound - domain.lowerBound
        let t = span == 0 ? 0 : (value - domain.lowerBound) / span
        let length = range.upperBound - range.lowerBound
        return inverted ? range.upperBound - t * length : range.lowerBound + t * length
    }
}
