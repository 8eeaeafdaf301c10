import NianbaoReports

extension Report {
    /// The report without what only its own page, its JSON and the search index use: the
    /// narrative's text, the map from parsed lines to places in the original file, and the
    /// lists of cells each check read.
    ///
    /// A build holds every report from parsing to the last index page; these parts are most
    /// of a report's memory (some 500 cell paths, a location per line of a PDF or web page,
    /// the narrative), so a large build keeps them on disk and takes them back through
    /// `ReportStore`. The figures, the checks' verdicts and details, notes and warnings stay:
    /// the index pages, charts, the CSV and the summary use them.
    public func lightened() -> Report {
        var light = self
        for index in light.sections.indices { light.sections[index].markdown = "" }
        light.sourceMap = []
        for index in light.checks.indices {
            light.checks[index].cells = []
            for failure in light.checks[index].failures.indices { light.checks[index].failures[failure].cells = [] }
        }
        return light
    }
}
