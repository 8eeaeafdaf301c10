import NianbaoReports

/// One problem a build or a check found, for the publisher: where, what, and what to do.
///
/// Printed as `file:line: 错误：message（hint）`, the form editors and terminals link to.
public struct Problem: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        /// The file, or part of it, could not be published as it is.
        case error = "错误"
        /// Published, but something in it could not be read or looks wrong.
        case warning = "警告"
    }

    public var file: String
    /// 1-based line, when the problem has one.
    public var line: Int?
    public var severity: Severity
    public var message: String
    public var hint: String?

    public init(file: String, line: Int?, _ severity: Severity, _ message: String, hint: String? = nil) {
        self.file = file
        self.line = line
        self.severity = severity
        self.message = message
        self.hint = hint
    }

    /// A parser diagnostic of the report in `file`.
    public init(file: String, _ diagnostic: Diagnostic) {
        self.init(file: file, line: diagnostic.line, diagnostic.severity == .error ? .error : .warning,
                  diagnostic.message, hint: diagnostic.hint)
    }

    public var description: String {
        "\(file):\(line ?? 1): \(severity.rawValue)：\(message)" + (hint.map { "（\($0)）" } ?? "")
    }
}
