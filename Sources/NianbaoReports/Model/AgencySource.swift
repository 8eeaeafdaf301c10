/// Where a report's agency name was read from, in the order they are tried: what the
/// publisher says, then the report's own text, then what stands around the report in its
/// file, then the file's name.
public enum AgencySource: String, Codable, Sendable, Equatable {
    /// The publisher's front matter or sidecar.
    case frontMatter
    /// The report's title line.
    case title
    /// A sentence of the preamble (`现公布……年度报告`).
    case text
    /// A heading of the web page before the report.
    case heading
    /// The web page's breadcrumb.
    case breadcrumb
    /// The web page's `<title>`.
    case pageTitle
    /// The PDF's or Word document's own title property.
    case documentTitle
    /// The file's name.
    case fileName
}
