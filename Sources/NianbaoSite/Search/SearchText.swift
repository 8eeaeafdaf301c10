import Foundation
import NianbaoReports

/// What the search index takes from a report's narrative, which a build does not hold
/// (`Report.lightened()`): its distinct Chinese pairs, and the opening words shown
/// under a result.
public struct SearchText: Sendable {
    /// `SearchTokenizer.pairCodes` of the section titles and text.
    public var codes: [UInt64]
    public var excerpt: String

    public init(codes: [UInt64], excerpt: String) {
        self.codes = codes
        self.excerpt = excerpt
    }

    public init(_ report: Report) {
        let text = report.sections.map { $0.title + "\n" + $0.markdown }.joined(separator: "\n")
        codes = SearchTokenizer.pairCodes(text)
        excerpt = SearchText.excerpt(report.sections.first { !$0.markdown.isEmpty }?.markdown ?? "")
    }

    /// About 90 characters of plain text from Markdown: marks, links' targets and line breaks left out.
    static func excerpt(_ markdown: String, length: Int = 90) -> String {
        var out = ""
        var lastWasSpace = true
        for character in markdown {
            if out.count >= length { out += "…"; break }
            if "#*>|_`\\[]".contains(character) { continue }
            if character.isWhitespace {
                if !lastWasSpace { out.append(" ") }
                lastWasSpace = true
                continue
            }
            out.append(character)
            lastWasSpace = false
        }
        return out.trimmingCharacters(in: .whitespaces)
    }
}
