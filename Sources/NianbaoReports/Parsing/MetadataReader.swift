/// Reads title, agency, year, period, website, contact and source URL from the
/// text before part 一 (and the crawler header, where there is one).
enum MetadataReader {
    /// - Parameter candidates: text around the report that may name it (see `TitleCandidate`),
    ///   tried in order when the report's own text names no agency that can be one.
    /// - Returns: the metadata, and a warning for each name refused as navigation text or too long.
    static func read(_ document: SourceDocument, preamble: Range<Int>, closing: Range<Int>?,
                     header: CrawlerHeader?, candidates: [TitleCandidate] = []) -> (ReportMetadata, [Diagnostic]) {
        var metadata = ReportMetadata()
        var warnings: [Diagnostic] = []
        let scan = TextScan(document.folded[preamble])
        metadata.sourceURL = header?["原文链接"].flatMap { $0.isEmpty ? nil : $0 }

        if let title = title(scan, header: header) {
            metadata.title = title.text
            let line = title.offset >= 0 ? document.line(at: preamble.lowerBound + title.offset) : nil
            if let line { metadata.lines["title"] = line }
            if let (agency, year) = agencyAndYear(in: title.text) {
                if let refusal = AgencyName.refusal(agency) {
                    warnings.append(Diagnostic(line: line, "标题中的发布机关名称“\(String(agency.prefix(60)))”\(refusal)，未采用",
                                               hint: "可在文件开头写明标题，或在 front matter 中写明 agency"))
                } else {
                    metadata.agency = agency
                    metadata.agencySource = .title
                }
                metadata.year = year
            }
        }
        if metadata.agency == nil, let found = agencyInSentence(scan), AgencyName.refusal(found.agency) == nil {
            metadata.agency = found.agency
            metadata.agencySource = .text
            metadata.year = metadata.year ?? found.year
            metadata.lines["agency"] = document.line(at: preamble.lowerBound + found.offset)
        }
        if metadata.agency == nil {
            for candidate in candidates {
                guard let (agency, year) = AgencyName.fromTitle(candidate.text) else { continue }
                metadata.agency = agency
                metadata.agencySource = candidate.source
                metadata.year = metadata.year ?? year
                if metadata.title == nil, candidate.source != .fileName { metadata.title = candidate.text }
                break
            }
        }
        if let period = period(scan) {
            metadata.periodStart = period.start
            metadata.periodEnd = period.end
            metadata.year = Int(period.start.prefix(4)) ?? metadata.year
            metadata.lines["period"] = document.line(at: preamble.lowerBound + period.offset)
        }
        let closingScan = closing.map { TextScan(document.folded[$0]) }
        metadata.website = website(scan) ?? closingScan.flatMap(website)
        if let (address, offset) = scan.value(after: "地址") {
            metadata.address = address
            metadata.lines["address"] = document.line(at: preamble.lowerBound + offset)
        }
        metadata.postcode = (scan.value(after: "邮编") ?? scan.value(after: "邮政编码")).flatMap { value in
            let digits = value.0.unicodeScalars.prefix { $0.isASCIIDigit }
            return digits.count == 6 ? String(String.UnicodeScalarView(digits)) : nil
        }
        metadata.phone = phone(scan)
        metadata.email = email(scan) ?? closingScan.flatMap(email)
        metadata.region = RegionResolver.resolve(address: metadata.address, agency: metadata.agency, title: metadata.title,
                                                 preamble: scan.string)
        return (metadata, warnings)
    }

    /// The crawler's `标题`, or the first heading-like lines that end in 报告.
    private static func title(_ scan: TextScan, header: CrawlerHeader?) -> (text: String, offset: Int)? {
        if let title = header?["标题"], !title.isEmpty { return (title, -1) }
        let lines = scan.string.split(separator: "\n", omittingEmptySubsequences: false)
        var collected: [(text: String, offset: Int)] = []
        var offset = 0
        for line in lines.prefix(12) {
            defer { offset += line.unicodeScalars.count + 1 }
            var text = String(line).trimmingSpaces
            while text.hasPrefix("#") { text.removeFirst() }
            text = text.trimmingSpaces
            if text.isEmpty { continue }
            if text.count > 60 || text.contains("。") { break }
            collected.append((text, offset))
            guard text.hasSuffix("报告") else { continue }
            // The fewest last lines that name an agency that can be one: a page's navigation
            // printed above the title (a browser's print of the page) is not part of it.
            for count in 1...collected.count {
                let suffix = collected.suffix(count)
                let joined = suffix.map(\.text).joined()
                if let (agency, _) = agencyAndYear(in: joined), AgencyName.refusal(agency) == nil {
                    return (joined, suffix.first!.offset)
                }
            }
            return (collected.map(\.text).joined(), collected[0].offset)
        }
        return nil
    }

    /// `聊城市茌平区人民政府` and 2024 from `聊城市茌平区人民政府2024年度政府信息公开工作报告`.
    static func agencyAndYear(in title: String) -> (String, Int)? {
        let scalars = Array(title.unicodeScalars.map(\.folded))
        var index = 0
        while index + 5 <= scalars.count {
            if (scalars[index] == "1" || scalars[index] == "2"), scalars[index..<index + 4].allSatisfy(\.isASCIIDigit) {
                var after = index + 4
                while after < scalars.count && scalars[after] == " " { after += 1 }
                if after < scalars.count && scalars[after] == "年" {
                    let year = Int(String(String.UnicodeScalarView(scalars[index..<index + 4])))!
                    var agency = String(String.UnicodeScalarView(scalars[0..<index])).trimmingSpaces
                    agency = agency.filter { !$0.isWhitespace }
                    guard (1990...2100).contains(year), agency.count >= 2 else { return nil }
                    return (agency, year)
                }
            }
            index += 1
        }
        return nil
    }

    /// A sentence such as `现公布聊城市茌平区人民政府2024年度政府信息公开工作报告`.
    private static func agencyInSentence(_ scan: TextScan) -> (agency: String, year: Int, offset: Int)? {
        for marker in ["政府信息公开工作年度报告", "政府信息公开工作报告", "政府信息公开年度报告"] {
            for offset in scan.occurrences(of: marker) {
                var start = offset
                while start > 0 && (scan.scalars[start - 1].isHan || scan.scalars[start - 1].isASCIIDigit
                                    || scan.scalars[start - 1] == " ") { start -= 1 }
                var phrase = String(String.UnicodeScalarView(scan.scalars[start..<offset]))
                for verb in ["公布", "发布", "现将", "编制", "印发"] {
                    if let range = phrase.ranges(of: verb).last { phrase = String(phrase[range.upperBound...]) }
                }
                if let (agency, year) = agencyAndYear(in: phrase) { return (agency, year, start) }
            }
        }
        return nil
    }

    /// `2024年1月1日` … `至` … `(2024年)12月31日`, spaces ignored.
    private static func period(_ scan: TextScan) -> (start: String, end: String, offset: Int)? {
        let compact = scan.scalars.enumerated().filter { $0.element != " " }
        let text = compact.map(\.element)
        var index = 0
        func date(at position: Int, defaultYear: String?) -> (String, Int)? {
            var cursor = position
            var year = defaultYear
            let digits = text[cursor...].prefix { $0.isASCIIDigit }
            if digits.count == 4, cursor + 4 < text.count, text[cursor + 4] == "年" {
                year = String(String.UnicodeScalarView(digits)); cursor += 5
            }
            guard let year else { return nil }
            let month = text[cursor...].prefix { $0.isASCIIDigit }
            guard (1...2).contains(month.count), cursor + month.count < text.count, text[cursor + month.count] == "月" else { return nil }
            cursor += month.count + 1
            let day = text[cursor...].prefix { $0.isASCIIDigit }
            guard (1...2).contains(day.count), cursor + day.count < text.count, text[cursor + day.count] == "日" else { return nil }
            cursor += day.count + 1
            let m = Int(String(String.UnicodeScalarView(month)))!, d = Int(String(String.UnicodeScalarView(day)))!
            return ("\(year)-\(m < 10 ? "0" : "")\(m)-\(d < 10 ? "0" : "")\(d)", cursor)
        }
        while index < text.count {
            if text[index].isASCIIDigit, index == 0 || !text[index - 1].isASCIIDigit,
               let (start, after) = date(at: index, defaultYear: nil) {
                // `至`, `到`, `起，至`, `-` within a few characters.
                let window = text[after..<min(text.count, after + 5)]
                if let joiner = window.firstIndex(where: { "至到-—~～".unicodeScalars.contains($0) }),
                   let (end, _) = date(at: joiner + 1, defaultYear: String(start.prefix(4))) {
                    return (start, end, compact[index].offset)
                }
            }
            index += 1
        }
        return nil
    }

    private static func website(_ scan: TextScan) -> String? {
        let text = scan.scalars
        var best: String?
        for prefix in ["http://", "https://", "www."] {
            for offset in scan.occurrences(of: prefix) {
                if prefix == "www.", offset >= 3, String(String.UnicodeScalarView(text[(offset - 3)..<offset])) == "://" { continue }
                var end = offset
                while end < text.count, text[end].isASCII, !text[end].isSpaceLike, !"()（）[]<>\"'，。；、".unicodeScalars.contains(text[end]) {
                    end += 1
                }
                var url = String(String.UnicodeScalarView(text[offset..<end]))
                while url.hasSuffix(".") || url.hasSuffix(",") { url.removeLast() }
                if url.contains("@") { continue }
                if best == nil { best = url }
                break
            }
            if best != nil { break }
        }
        return best
    }

    private static func phone(_ scan: TextScan) -> String? {
        for label in ["联系电话", "电话/传真", "电话", "联系方式"] {
            guard let (value, _) = scan.value(after: label) else { continue }
            let phone = value.unicodeScalars.prefix { $0.isASCIIDigit || "-— ()（）".unicodeScalars.contains($0) }
            let text = String(String.UnicodeScalarView(phone)).trimmingSpaces
            if text.unicodeScalars.filter(\.isASCIIDigit).count >= 7 { return text }
        }
        return nil
    }

    private static func email(_ scan: TextScan) -> String? {
        let text = scan.scalars
        for at in scan.occurrences(of: "@") {
            func part(_ scalar: Unicode.Scalar) -> Bool {
                scalar.isASCII && (scalar.properties.isAlphabetic || scalar.isASCIIDigit || "._%+-".unicodeScalars.contains(scalar))
            }
            var start = at
            while start > 0 && part(text[start - 1]) { start -= 1 }
            var end = at + 1
            while end < text.count && part(text[end]) { end += 1 }
            var email = String(String.UnicodeScalarView(text[start..<end]))
            while email.hasSuffix(".") { email.removeLast() }
            if start < at, email.contains(".") { return email }
        }
        return nil
    }
}
