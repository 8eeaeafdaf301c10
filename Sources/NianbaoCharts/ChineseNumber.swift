/// Numbers as Chinese readers expect them on charts: `4.7万`, `1.2亿`, `860`.
public enum ChineseNumber {
    /// At most one decimal, fixed (never locale- or platform-dependent).
    public static func format(_ value: Double) -> String {
        let sign = value < 0 ? "-" : ""
        let magnitude = abs(value)
        if magnitude >= 100_000_000 { return sign + oneDecimal(magnitude / 100_000_000) + "亿" }
        if magnitude >= 10_000 { return sign + oneDecimal(magnitude / 10_000) + "万" }
        if magnitude == magnitude.rounded() { return sign + String(Int(magnitude)) }
        return sign + oneDecimal(magnitude)
    }

    /// `4.7`, `12`, `0.5`: one decimal, dropped when it is zero.
    static func oneDecimal(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return tenths % 10 == 0 ? String(tenths / 10) : "\(tenths / 10).\(tenths % 10)"
    }
}
