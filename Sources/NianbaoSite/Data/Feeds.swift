/// Atom feed, sitemap and robots.txt. Absolute URLs need the base URL; without
/// it the feed uses relative links and no sitemap is written.
enum Feeds {
    static func xml(_ text: String) -> String { HTML.escape(text) }

    static func absolute(_ base: String, _ path: String) -> String {
        (base.hasSuffix("/") ? String(base.dropLast()) : base) + "/" + path
    }

    static func atom(_ reports: [PublishedReport], paths: SitePaths, config: SiteConfig) -> String {
        let base = config.baseURL
        func href(_ path: String) -> String { base.isEmpty ? path : absolute(base, path) }
        // No build time: the feed's date is the newest report year, so builds stay byte-identical.
        let updated = "\(reports.map(\.year).max() ?? 1970)-12-31T00:00:00Z"
        var out = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>\(xml(config.title))</title>
          <id>\(xml(href(SitePaths.home)))</id>
          <link href="\(xml(href(SitePaths.home)))"/>
          <updated>\(updated)</updated>

        """
        for report in reports.sorted(by: { ($0.year, $0.agency) > ($1.year, $1.agency) }) {
            let link = href(paths.report(report))
            out += """
              <entry>
                <title>\(xml("\(report.agency) \(report.year) 年政府信息公开工作年度报告"))</title>
                <id>\(xml(link))</id>
                <link href="\(xml(link))"/>
                <updated>\(report.year)-12-31T00:00:00Z</updated>
                <author><name>\(xml(report.agency))</name></author>
              </entry>

            """
        }
        return out + "</feed>\n"
    }

    static func sitemap(_ pages: [String], base: String) -> String {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for page in pages.sorted() { out += "  <url><loc>\(xml(absolute(base, page)))</loc></url>\n" }
        return out + "</urlset>\n"
    }

    static func robots(base: String) -> String {
        "User-agent: *\nAllow: /\n" + (base.isEmpty ? "" : "Sitemap: \(absolute(base, SitePaths.sitemap))\n")
    }
}
