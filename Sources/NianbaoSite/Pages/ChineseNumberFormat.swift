/// Percentages as pages show them: one decimal, fixed (`54.5%`).
enum ChineseNumberFormat {
    static func percent(_ value: Double) -> String {
        let tenths = Int((value * 10).rounded())
        return "\(tenths / 10).\(tenths % 10)%"
    }
}
