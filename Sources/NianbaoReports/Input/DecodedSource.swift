/// A report's text and the encoding it was stored in.
public struct DecodedSource: Sendable, Equatable {
    public var text: String
    /// The encoding found: `UTF-8`, `UTF-8 BOM`, `UTF-16LE`, `UTF-16BE` or `GB18030`.
    public var encoding: String
}
