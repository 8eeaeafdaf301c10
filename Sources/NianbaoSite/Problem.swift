import NianbaoReports

/// One problem a build or a check found, for the publisher: where, what, and what to do.
///
/// Printed as `file:line: 错误：message（hint）`, the form editors and terminals link to.
public struct Problem: Sendable, Equatable, Codable, CustomStringConvertible {
    public enum Severity: String, Sendable, Codable {
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
    /// Where in a PDF, HTML or Word file, when that is not a line of text.
    public var location: DocumentLocation?

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
        if let location = diagnostic.location, location.page != nil || location.table != nil || location.paragraph != nil {
            self.location = location
            // An HTML element's source line is still a line an editor can open.
            self.line = location.page == nil ? location.line : nil
        } else if let location = diagnostic.location {
            self.line = location.line
        }
    }

    /// `file:line: 错误：message（hint）`, or `file: 第 3 页第 12 行: 警告：…` for a place in a PDF,
    /// HTML or Word file.
    public var description: String {
        let place = location.map { "\(file)\(line.map { ":\($0)" } ?? ""): \($0)" } ?? "\(file):\(line ?? 1)"
        return "\(place): \(severity.rawValue)：\(message)" + (hint.map { "（\($0)）" } ?? "")
    }
}
