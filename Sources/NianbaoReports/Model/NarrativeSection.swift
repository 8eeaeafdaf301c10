/// One of the six parts, with its text as Markdown.
public struct NarrativeSection: Codable, Sendable, Equatable {
    public var number: Int
    public var title: String
    /// The part's text (tables left out) as Markdown; empty for parts that are only a table.
    public var markdown: String
    /// Source line of the part's title.
    public var line: Int?
}
