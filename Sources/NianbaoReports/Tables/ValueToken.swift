/// A piece of a table's value region, read from folded text.
struct ValueToken: Equatable, Sendable {
    enum Kind: Equatable, Sendable {
        /// Digits, possibly several figures run together; may carry a sign,
        /// a decimal point, and thousands separators already removed.
        case number(String)
        /// `/`, `—`, `-` or `不适用` standing for a figure.
        case notApplicable(String)
        /// Text that is not a figure: a group label, a header, the rest of a label.
        case text
    }

    var kind: Kind
    /// Position in the document of the token's first scalar.
    var start: Int
    /// Where a parenthesised remark printed right after the figure lies (`（2025年1月1日生效）`).
    var note: Range<Int>?

    var isValue: Bool {
        if case .text = kind { return false }
        return true
    }
}
