/// Text around a report in its file that may name it (`冠县人民政府2024年政府信息公开工作年度报告`):
/// a format reader's offer, which the metadata reader takes only when the report's own text
/// names no agency, and only a plausible name from it.
public struct TitleCandidate: Sendable, Equatable {
    public var text: String
    public var source: AgencySource

    public init(_ text: String, source: AgencySource) {
        self.text = text
        self.source = source
    }
}
