/// Where every page and file of the site lives, relative to the output folder.
///
/// Every link in the site is made from these with `RelativePath.link`, and
/// every page is an `index.html` in its own folder or a named file, so links
/// work from `file://` too.
struct SitePaths {
    let index: SiteIndex

    static let home = "index.html"
    static let agencyIndex = "agencies/index.html"
    static let about = "about/index.html"
    static let notFound = "404.html"
    static let style = "assets/style.css"
    /// The search page, at the site's root so that `search.html?q=…` is a short address to share.
    static let search = "search.html"
    static let script = "assets/search.js"
    /// The search index's scripts (`SearchIndex`).
    static let searchFolder = "search"
    static let dataJSON = "data/reports.json"
    static let dataCSV = "data/reports.csv"
    static let dataReadme = "data/README.txt"
    static let feed = "feed.xml"
    static let sitemap = "sitemap.xml"
    static let robots = "robots.txt"
    static let checksums = "SHA256SUMS"

    func agencyFolder(_ agency: String) -> String { "agencies/\(index.agencySlugs[agency] ?? Slugger.slug(agency))" }
    func agency(_ agency: String) -> String { agencyFolder(agency) + "/index.html" }
    /// A report's folder; an earlier version a correction replaced sits below it, in `v1/`, `v2/`, ….
    func reportFolder(_ report: PublishedReport) -> String {
        "\(agencyFolder(report.agency))/\(report.year)" + (report.version.map { "/v\($0)" } ?? "")
    }
    func report(_ report: PublishedReport) -> String { reportFolder(report) + "/index.html" }
    func reportJSON(_ report: PublishedReport) -> String { reportFolder(report) + "/report.json" }

    /// The original file, keeping its extension (`original.pdf`). A web page is published as
    /// text (`original.html.txt`): its bytes unchanged, but never run as a page of the site, so
    /// the agency site's scripts and the files it loads from outside stay out of it.
    func original(_ report: PublishedReport) -> String {
        let ext = Self.originalExtension(report.fileName)
        let page = Self.pageExtensions.contains(ext)
        return reportFolder(report) + "/original" + (ext.isEmpty ? "" : ".\(ext)") + (page ? ".txt" : "")
    }

    static let pageExtensions: Set<String> = ["html", "htm", "xhtml", "shtml"]

    static func originalExtension(_ fileName: String) -> String {
        let parts = fileName.split(separator: ".")
        return parts.count > 1 ? String(parts.last!).lowercased().filter { $0.isASCII && ($0.isLetter || $0.isNumber) } : ""
    }

    func year(_ year: Int) -> String { "years/\(year)/index.html" }
    func place(_ place: SiteIndex.Place) -> String { "regions/\(index.placeSlugs[place] ?? "x")/index.html" }
}
