/// A decimal figure kept exactly as printed (`33253.597335`), without
/// thousands separators. Amounts are never rounded through `Double`.
public struct DecimalNumber: Codable, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// Canonical digits: optional `-`, integer part, optional `.` and fraction.
    public let text: String

    public init?(_ text: String) {
        var seenDot = false, seenDigit = false
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if scalar == "-" && offset == 0 { continue }
            if scalar == "." && !seenDot && seenDigit { seenDot = true; continue }
            guard scalar.isASCIIDigit else { return nil }
            seenDigit = true
        }
        guard seenDigit, text.last != "." else { return nil }
        self.text = text
    }

    public var description: String { text }
}
