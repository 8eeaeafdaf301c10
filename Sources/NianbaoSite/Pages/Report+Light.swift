import NianbaoReports

extension Report {
    /// The report without what only its own page shows: the narrative's text and the map
    /// from parsed lines to places in the original file.
    ///
    /// A build holds every report from parsing to the last index page; these two parts are
    /// most of a report's memory (a long narrative, one location per line of a PDF or HTML
    /// page), so a site of 50,000 reports keeps them on disk (`ReportCache`) and loads them
    /// back, agency by agency, to render the report pages. Everything the index pages, the
    /// charts and the open data use stays.
    public func lightened() -> Report {
        var light = self
        for index in light.sections.indices { light.sections[index].markdown = "" }
        light.sourceMap = []
        return light
    }
}
