/// The parser's one entry point: a file's bytes in, a `Report` out.
///
/// A pure function: no file system, no printing. The steps, in order:
/// 1. decode the bytes (`SourceDecoder`), refusing binaries and empty files;
/// 2. clean the text (`TextCleaner`), keeping line numbers, and take off the
///    publisher's front matter (`FrontMatter`), which overrides what step 4 finds;
/// 3. find the six parts (`SectionSplitter`);
/// 4. read metadata from the preamble (`MetadataReader`);
/// 5. read the counts the narrative states (`NarrativeCounts`) — before table 4,
///    whose digits printed together they may help to split;
/// 6. read tables 2, 3 and 4;
/// 7. run checks C1–C5;
/// 8. format the narrative parts as Markdown and pick out multi-year series.
public enum ReportParser {
    /// Bump when a change can alter any parsed report, so caches are invalidated.
    public static let version = 3

    public static func parse(_ bytes: [UInt8], file: String) throws(ReadError) -> Report {
        try parse(SourceDecoder.decode(bytes), bytes: bytes, file: file)
    }

    /// Parses text already decoded from `bytes` (whose hash is the report's `source.sha256`).
    public static func parse(_ decoded: DecodedSource, bytes: [UInt8], file: String) throws(ReadError) -> Report {
        try parse(text: decoded.text, source: SourceInfo(file: file, sha256: SHA256.hex(bytes), encoding: decoded.encoding))
    }

    /// Parses a document a format reader made of `bytes` (HTML, Word, PDF): its text is
    /// parsed as any other, and every warning then names its place in the original.
    public static func parse(document: DocumentModel, bytes: [UInt8], file: String) throws(ReadError) -> Report {
        let rendered = DocumentText.render(document)
        var source = SourceInfo(file: file, sha256: SHA256.hex(bytes), encoding: document.encoding)
        source.format = document.format
        var grids = rendered.grids
        if document.format == "text" {
            // A text file with HTML tables (`TextWithTablesReader`) may hold Markdown tables too:
            // those are read from its own lines, the HTML tables' lines left out, in file order.
            let lines = rendered.text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().map { index, line in
                index < rendered.locations.count && rendered.locations[index]?.table != nil ? "" : String(line)
            }
            func firstLine(_ grid: TableGrid) -> Int { grid.rows.lazy.flatMap { $0 }.compactMap(\.line).first ?? 0 }
            grids = (grids + TextGrids.grids(lines)).sorted { firstLine($0) < firstLine($1) }
        }
        var report = try parse(text: rendered.text, source: source, grids: grids, titles: document.titles,
                               address: document.address)
        report.source.format = document.format
        report.sourceMap = rendered.locations
        report.warnings = report.warnings.map { warning in
            var located = warning
            if let line = warning.line { located.location = report.location(ofLine: line) }
            return located
        }
        return report
    }

    /// Parses text already decoded; `source.sha256` is then the hash of its UTF-8 bytes.
    public static func parse(text: String, file: String = "") throws(ReadError) -> Report {
        try parse(text: text, source: SourceInfo(file: file, sha256: SHA256.hex(Array(text.utf8)), encoding: "UTF-8"))
    }

    private static func parse(text: String, source: SourceInfo, grids: [TableGrid] = [],
                              titles: [TitleCandidate] = [], address: String? = nil) throws(ReadError) -> Report {
        let cleaned = TextCleaner.clean(text)
        // In Markdown, text tables are read from the lines as written (their columns are
        // positions), everything else from the lines without a converter's markup.
        let document = SourceDocument(lines: MarkdownFile.isMarkdown(file: source.file, text: text)
                                      ? cleaned.lines.map(InlineMarkup.plain) : cleaned.lines)
        let layout = SectionSplitter.split(document)
        var warnings = cleaned.warnings

        let han = document.folded.lazy.filter(\.isHan)
        guard !han.isEmpty else { throw .notAReport(reason: "文件中没有中文内容") }
        let tableParts = [2, 3, 4].filter { layout.part($0) != nil }
        if layout.parts.count < 2 && tableParts.isEmpty {
            throw .notAReport(reason: "没有找到“总体情况”“主动公开政府信息情况”“收到和处理政府信息公开申请情况”等部分标题")
        }

        // What stands around the report, then the file's name, may name the agency.
        let fileName = String(source.file.split(separator: "/").last ?? "")
        let stem = fileName.split(separator: ".", omittingEmptySubsequences: false).dropLast().joined(separator: ".")
        var (metadata, metadataWarnings) = MetadataReader.read(document, preamble: layout.preamble, closing: layout.part(6)?.body,
                                                               header: cleaned.header,
                                                               candidates: titles + (stem.isEmpty ? [] : [TitleCandidate(stem, source: .fileName)]))
        warnings += metadataWarnings
        // A `原文链接` line in the text wins over the address the file carries.
        if metadata.sourceURL == nil { metadata.sourceURL = address }
        if let matter = cleaned.frontMatter { metadata.apply(matter) }
        if metadata.agency == nil {
            warnings.append(Diagnostic(line: nil, "没有找到发布机关名称", hint: "可在文件开头写明标题，如“××人民政府2024年政府信息公开工作年度报告”"))
        }
        if metadata.year == nil {
            warnings.append(Diagnostic(line: nil, "没有找到报告年度", hint: "标题或统计期限中应写明年份"))
        }
        // Parts missing after the last one found mean the file stops early: one warning
        // at its last line, rather than one per part.
        let lastFound = layout.parts.map(\.number).max() ?? 0
        func named(_ numbers: [Int]) -> String {
            numbers.map { "第\(SectionTitle.all[$0 - 1].numeral)部分“\(SectionTitle.all[$0 - 1].canonical)”" }.joined(separator: "、")
        }
        let skipped = (1...6).filter { layout.part($0) == nil && $0 < lastFound }
        if !skipped.isEmpty {
            warnings.append(Diagnostic(line: nil, "没有找到\(named(skipped))", hint: "缺少部分的内容和数字留空"))
        }
        if lastFound < 6 {
            let missing = [named(Array(lastFound + 1...6))]
            let lastLine = cleaned.lines.lastIndex { !$0.trimmingSpaces.isEmpty }.map { $0 + 1 }
            warnings.append(Diagnostic(line: lastLine,
                "文件到此结束，没有找到\(missing.joined(separator: "、"))",
                hint: lastFound >= 1 ? "文件可能不完整，请核对原文并补全；缺少部分的内容和数字留空" : "缺少部分的内容和数字留空"))
        }

        let narrativeRanges = [1, 5, 6].compactMap { layout.part($0)?.body } + [layout.preamble]
        let counts = NarrativeCounts.read(document, ranges: narrativeRanges, year: metadata.year)

        // Tables are read from their grids where the file has them (web pages, Word, PDF, and
        // text whose rows have separators); the text readers serve tables that are no grid.
        let tables = GridTables(grids.isEmpty ? TextGrids.grids(cleaned.lines) : grids)
        var template: Template? = nil
        var active = ActiveDisclosure(template: .y2021)
        var notes: [String] = []
        if let grid = tables.activeDisclosure {
            template = ActiveDisclosureReader.template(han: grid.hanText)
                ?? layout.part(2).flatMap { ActiveDisclosureReader.template(document, range: $0.body) }
                ?? metadata.year.map { $0 <= 2020 ? .y2019 : .y2021 }
        } else if let part = layout.part(2) {
            template = ActiveDisclosureReader.template(document, range: part.body)
                ?? metadata.year.map { $0 <= 2020 ? .y2019 : .y2021 }
        } else if let year = metadata.year {
            template = year <= 2020 ? .y2019 : .y2021
        }
        if let template { active = ActiveDisclosure(template: template) }
        if let result = tables.activeDisclosure.flatMap({ GridActiveDisclosureReader.read($0, template: template ?? .y2021) })
            ?? layout.part(2).map({ ActiveDisclosureReader.read(document, range: $0.body, template: template ?? .y2021) }) {
            active = result.table
            notes += result.notes
            warnings += result.warnings
        }

        var applications = Applications.empty
        if let result = tables.applications.flatMap({ GridApplicationsReader.read($0, template: template) })
            ?? layout.part(3).map({ ApplicationsReader.read(document, range: $0.body, template: template) }) {
            applications = result.table
            notes += result.notes
            warnings += result.warnings
        }

        var review = ReviewAndLitigation.empty
        if let result = tables.reviewLitigation.flatMap({ GridReviewReader.read($0) })
            ?? layout.part(4).map({ ReviewLitigationReader.read(document, range: $0.body,
                                                                 statedTotals: (counts.review, counts.lawsuits)) }) {
            review = result.table
            notes += result.notes
            warnings += result.warnings
        }

        let checks = TableChecks.all(applications, review) + [counts.check(applications, review)]

        var sections: [NarrativeSection] = []
        var series: [Series] = []
        for part in layout.parts {
            let lines = sourceLines(document, part.body)
            var markdown = ""
            if [1, 5, 6].contains(part.number) {
                let found = SeriesExtractor.extract(lines: lines)
                series += found.flatMap(\.series)
                markdown = NarrativeFormatter.markdown(lines: lines, tables: found)
            }
            sections.append(NarrativeSection(number: part.number, title: part.title, markdown: markdown,
                                             line: document.line(at: part.heading.lowerBound)))
        }

        return Report(metadata: metadata, template: template,
                      source: SourceInfo(file: source.file, sha256: source.sha256, encoding: source.encoding,
                                         url: metadata.sourceURL),
                      activeDisclosure: active, applications: applications, reviewAndLitigation: review,
                      sections: sections, series: series, checks: checks, notes: notes,
                      warnings: warnings.sorted { ($0.line ?? 0) < ($1.line ?? 0) })
    }

    /// The original text of a range, split into numbered lines.
    private static func sourceLines(_ document: SourceDocument, _ range: Range<Int>) -> [(number: Int, text: String)] {
        var lines: [(number: Int, text: String)] = []
        var start = range.lowerBound
        var index = range.lowerBound
        while index <= range.upperBound {
            if index == range.upperBound || document.scalars[index] == "\n" {
                lines.append((document.line(at: start), document.text(start..<index)))
                start = index + 1
            }
            index += 1
        }
        return lines
    }
}
