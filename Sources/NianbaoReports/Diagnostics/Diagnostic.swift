/// A problem found while reading a report, located in the source file.
///
/// Diagnostics are values: the parser returns them alongside the report and
/// never prints them. `message` says what was found or expected, `hint` what
/// the reader can do about it. Both are Chinese, as they reach the site's readers.
public struct Diagnostic: Codable, Equatable, Sendable, CustomStringConvertible {
    public enum Severity: String, Codable, Sendable { case warning, error }

    public var severity: Severity
    /// The 1-based line in the source file, when the problem has one.
    public var line: Int?
    public var message: String
    public var hint: String?
    /// Where the line came from, for files that are not plain text (PDF page and line,
    /// HTML or Word table cell); it then names the place instead of the line.
    public var location: DocumentLocation?

    public init(_ severity: Severity = .warning, line: Int?, _ message: String, hint: String? = nil) {
        self.severity = severity
        self.line = line
        self.message = message
        self.hint = hint
    }

    /// `第 12 行：message（hint）`, the form stored in a report's `warnings`.
    public var description: String {
        var text = location.map { "\($0)：" } ?? line.map { "第 \($0) 行：" } ?? ""
        text += message
        if let hint { text += "（\(hint)）" }
        return text
    }
}
