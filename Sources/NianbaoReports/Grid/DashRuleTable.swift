/// A text table whose columns are given by a rule of dashes, as pandoc writes its simple and
/// multiline tables (Markdown and plain text):
///
/// ```
///   ---------- ---------- ------        the rule: one run of dashes per column
///   行政复议              行政诉讼       (a header, or none)
///   结果维持   总计   …
///   ---------- ---------- ------
///   2          0          2             a row per line, or rows divided by blank lines
///   ---------- ---------- ------        (a multiline table: a cell's lines join)
/// ```
///
/// Every run of printed characters must lie inside one column's dashes, in display columns
/// (`DisplayWidth`), and every column's cells must share one alignment (all starting at
/// the column's first dash, all ending at its last, or all centred): a writer that counted
/// widths another way breaks one of the two, and the table is then not read at all rather
/// than read into the neighbouring column. Merged cells are written in their first column
/// with the others blank; header cells get their span back (`TextGrids.headerSpans`).
enum DashRuleTable {
    /// The grid of the table that starts at `lines[start]` (its rule, its top line, or its
    /// header line), and the index after it.
    static func read(_ lines: [String], from start: Int) -> (TableGrid, Int)? {
        guard start < lines.count else { return nil }
        // Every form starts with a rule here or on the next line: most lines are passed over at their first byte.
        func startsRule(_ index: Int) -> Bool { index < lines.count && lines[index].utf8.first(where: { $0 != 0x20 }) == UInt8(ascii: "-") }
        guard startsRule(start) || startsRule(start + 1) else { return nil }
        // Where the column rule is, and what stands above it.
        let ruleIndex: Int
        var headerLines: [Int] = []
        var closedByFullRule = false
        if isFullRule(lines[start]) {
            // A multiline table with a header: full rule, header lines, column rule.
            var index = start + 1
            while index < lines.count, !lines[index].trimmingSpaces.isEmpty, columnRule(lines[index]) == nil, !isFullRule(lines[index]) {
                headerLines.append(index)
                index += 1
            }
            guard index < lines.count, columnRule(lines[index]) != nil, !headerLines.isEmpty else { return nil }
            ruleIndex = index
            closedByFullRule = true
        } else if columnRule(lines[start]) != nil {
            ruleIndex = start
        } else if start + 1 < lines.count, columnRule(lines[start + 1]) != nil, !lines[start].trimmingSpaces.isEmpty,
                  start == 0 || lines[start - 1].trimmingSpaces.isEmpty {
            // A simple table's header line.
            headerLines = [start]
            ruleIndex = start + 1
        } else {
            return nil
        }
        guard let extents = columnRule(lines[ruleIndex]) else { return nil }
        let headerless = headerLines.isEmpty
        // The body: up to the closing rule (full after a multiline header, the column rule's
        // twin when there is no header), or, under a simple table's header, a blank line.
        var bodyEnd = ruleIndex + 1
        var closing: Int?
        while bodyEnd < lines.count {
            let line = lines[bodyEnd]
            if closedByFullRule ? isFullRule(line) : (headerless && columnRule(line) == extents) {
                closing = bodyEnd
                break
            }
            if !closedByFullRule, !headerless, line.trimmingSpaces.isEmpty { break }
            if columnRule(line) != nil || isFullRule(line) { return nil }
            bodyEnd += 1
        }
        if closedByFullRule || headerless { guard closing != nil else { return nil } }
        let body = Array(ruleIndex + 1..<bodyEnd)
        guard !body.isEmpty else { return nil }
        // Rows: one per line, or groups of lines divided by blank lines.
        let multiline = closedByFullRule || body.contains { lines[$0].trimmingSpaces.isEmpty }
        var groups: [[Int]] = multiline ? [] : body.map { [$0] }
        if multiline {
            var group: [Int] = []
            for index in body {
                if lines[index].trimmingSpaces.isEmpty {
                    if !group.isEmpty { groups.append(group); group = [] }
                } else {
                    group.append(index)
                }
            }
            if !group.isEmpty { groups.append(group) }
        }
        if !headerLines.isEmpty { groups.insert(headerLines, at: 0) }
        guard groups.count >= 2, let rows = cells(groups, lines: lines, extents: extents) else { return nil }
        var table = TableGrid(rows: rows)
        table.headersAligned = true
        return (TextGrids.headerSpans(table), (closing ?? bodyEnd - 1) + 1)
    }

    /// A line of dashes only (after its indent): a multiline table's top or bottom.
    static func isFullRule(_ line: String) -> Bool {
        let trimmed = line.trimmingSpaces
        return trimmed.count >= 10 && trimmed.allSatisfy { $0 == "-" }
    }

    /// The columns of a rule of two or more runs of dashes, as display-column ranges.
    static func columnRule(_ line: String) -> [Range<Int>]? {
        guard line.contains("-"), line.allSatisfy({ $0 == "-" || $0 == " " }) else { return nil }
        var extents: [Range<Int>] = []
        var runStart: Int?
        for (x, character) in line.enumerated() {
            if character == "-" { if runStart == nil { runStart = x } }
            else if let s = runStart { extents.append(s..<x); runStart = nil }
        }
        if let s = runStart { extents.append(s..<line.count) }
        guard extents.count >= 2, extents.allSatisfy({ $0.count >= 2 }) else { return nil }
        return extents
    }

    private enum Alignment: CaseIterable { case left, right, centre }

    /// The cells of each row: every run of printed characters placed in the column whose
    /// dashes hold it; nil when a run lies outside every column or across two, or when a
    /// column's cells share no alignment.
    private static func cells(_ groups: [[Int]], lines: [String], extents: [Range<Int>]) -> [[GridCell]]? {
        var alignments = Array(repeating: Set(Alignment.allCases), count: extents.count)
        var rows: [[GridCell]] = []
        for (r, group) in groups.enumerated() {
            var texts = Array(repeating: "", count: extents.count)
            for index in group {
                var pieces: [(start: Int, end: Int, text: String)?] = Array(repeating: nil, count: extents.count)
                var x = 0
                var run: (start: Int, scalars: String.UnicodeScalarView)?
                func close() -> Bool {
                    guard let current = run else { return true }
                    run = nil
                    let end = x
                    guard let column = extents.firstIndex(where: { $0.lowerBound <= current.start && end <= $0.upperBound }) else { return false }
                    let text = String(current.scalars)
                    if let piece = pieces[column] {
                        pieces[column] = (piece.start, end, piece.text + " " + text)
                    } else {
                        pieces[column] = (current.start, end, text)
                    }
                    return true
                }
                for scalar in lines[index].unicodeScalars {
                    if scalar == " " {
                        guard close() else { return nil }
                    } else {
                        if run == nil { run = (x, String.UnicodeScalarView()) }
                        run!.scalars.append(scalar)
                    }
                    x += DisplayWidth.of(scalar)
                }
                guard close() else { return nil }
                for (column, piece) in pieces.enumerated() {
                    guard let piece else { continue }
                    let before = piece.start - extents[column].lowerBound, after = extents[column].upperBound - piece.end
                    var fits = Set<Alignment>()
                    if before == 0 { fits.insert(.left) }
                    if after == 0 { fits.insert(.right) }
                    if abs(before - after) <= 1 { fits.insert(.centre) }
                    alignments[column].formIntersection(fits)
                    // A cell's lines are the writer's wrapping of one paragraph.
                    texts[column] += piece.text
                }
            }
            rows.append(texts.enumerated().map { column, text in
                GridCell(text: CompatibilityFolding.normalise(InlineMarkup.cell(text)), line: group[0] + 1, originRow: r,
                         originColumn: column, isContinuation: false)
            })
        }
        guard alignments.allSatisfy({ !$0.isEmpty }) else { return nil }
        return rows
    }
}
