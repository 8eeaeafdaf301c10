import Foundation
import NianbaoReports

/// The search index: JavaScript files loaded with `<script src>` (which browsers allow
/// from `file://`, where `fetch` is refused), split so a query loads only what it needs.
///
/// Files under `search/` (the format is in the README, for themes that replace `search.js`):
/// - `meta.js`: counts, shard sizes, each document's year (one character each), each
///   province's range of document numbers, and the reports with the most refusals,
///   reviews, lawsuits and requests;
/// - `t/<n>.js`: the terms whose FNV-1a hash ends in `n`, each with its postings;
/// - `d/<n>.js`: documents `n × 50 …`: agency, year, places, link, key figures, excerpt.
///
/// Documents are numbered by place, then agency, newest year first, so that an agency's
/// reports, or a county's, sit in one or two document files: a search loads few of them.
struct SearchIndex {
    /// One report, as a search result shows it.
    struct Document {
        var agency: String
        var year: Int
        var places: [String]
        /// The report page, from the site's root.
        var href: String
        /// New requests, disclosed, withheld (all grounds), administrative reviews, lawsuits.
        var figures: [Int?]
        var excerpt: String
        /// The text's pairs (`SearchTokenizer.pairCodes`); empty where `codes` gives them.
        var codes: [UInt64] = []
    }

    /// Weights: a match in the agency's name counts most, then its places, its year, its text.
    static let agencyWeight = 40, placeWeight = 20, yearWeight = 5, textWeight = 1
    static let documentsPerShard = 50
    /// Bytes a term shard should stay under, on average.
    static let shardBudget = 24 * 1024
    /// From this many reports on, a pair in more than a fifth of all texts is left out of the
    /// text postings (it tells nothing apart, and would be most of the index's bytes); it is
    /// listed as common, so a query made only of such pairs still matches every report.
    static let commonFrom = 100

    private(set) var documents: [Document] = []
    /// Name, place and year terms: each posting is `weight << 26 | document`.
    private var names: [String: [UInt32]] = [:]
    /// Text pairs (`SearchTokenizer.pairCodes`): the documents whose text has each.
    private var text: [UInt64: PostingList] = [:]

    init() {}

    /// An index of these documents, with the text pairs each carries (tests, small sites).
    init(documents: [Document]) {
        for document in documents { add(document, codes: document.codes) }
    }

    /// Adds the next document (numbered in the order added) and its text's pairs.
    ///
    /// Why one at a time: the pairs of every report of a large site are hundreds of
    /// megabytes; added as they are read, only the postings are held, not both.
    mutating func add(_ document: Document, codes: [UInt64]) {
        let id = UInt32(documents.count)
        precondition(id < 1 << 26, "the search index numbers at most 2^26 reports")
        var stored = document
        stored.codes = []
        documents.append(stored)
        var weights: [String: Int] = [:]
        for term in SearchTokenizer.nameTerms(document.agency) { weights[term] = Self.agencyWeight }
        for place in document.places {
            for term in SearchTokenizer.nameTerms(place) where weights[term] == nil { weights[term] = Self.placeWeight }
        }
        if weights[String(document.year)] == nil { weights[String(document.year)] = Self.yearWeight }
        for (term, weight) in weights { names[term, default: []].append(UInt32(weight) << 26 | id) }
        for code in codes { text[code, default: PostingList()].append(id) }
    }

    /// The files of the index, under `search/` (tests, small sites).
    func files() -> [OutputFile] {
        var files: [OutputFile] = []
        write { files.append($0) }
        return files
    }

    /// Writes the index's files, a term file at a time.
    func write(_ emit: (OutputFile) throws -> Void) rethrows {
        // Which text pairs are common, and every term with the shard its hash names.
        var common = Set<UInt64>()
        if documents.count >= Self.commonFrom {
            for (code, list) in text where list.count * 5 > documents.count { common.insert(code) }
        }
        var terms: [(term: String, code: UInt64?)] = names.keys.map { ($0, nil) }
        var estimate = names.reduce(0) { $0 + $1.key.utf8.count + 8 + $1.value.count * 3 }
        for (code, list) in text {
            let term = SearchTokenizer.pair(code)
            if names[term] == nil { terms.append((term, code)) }
            estimate += common.contains(code) ? 12 : 14 + list.count * 3
        }
        var shards = 1
        while estimate / shards > Self.shardBudget, shards < 4096 { shards *= 2 }
        var byShard = [[String]](repeating: [], count: shards)
        for (term, _) in terms { byShard[Int(Self.hash(term) & UInt32(shards - 1))].append(term) }

        for (number, shardTerms) in byShard.enumerated() {
            let lines = shardTerms.sorted().map { term -> String in
                // Each term as `"<term>":"<weight>:<numbers>|…"`, numbers ascending, base 36, each
                // after the first as the difference from the one before; `*` marks a common term.
                var groups: [Int: [UInt32]] = [:]
                for posting in names[term] ?? [] { groups[Int(posting >> 26), default: []].append(posting & 0x3FF_FFFF) }
                var isCommon = false
                if term.unicodeScalars.count == 2, let code = Self.code(term), let list = text[code] {
                    if common.contains(code) { isCommon = true } else {
                        let named = Set((names[term] ?? []).map { $0 & 0x3FF_FFFF })
                        groups[Self.textWeight, default: []] += list.numbers.filter { !named.contains($0) }
                    }
                }
                var parts = groups.keys.sorted(by: >).filter { !groups[$0]!.isEmpty }.map { weight -> String in
                    var previous: UInt32 = 0
                    let numbers = groups[weight]!.sorted().enumerated().map { offset, id -> String in
                        defer { previous = id }
                        return String(offset == 0 ? id : id - previous, radix: 36)
                    }
                    return "\(weight):" + numbers.joined(separator: ",")
                }
                if isCommon { parts.append("*") }
                return JS.string(term) + ":" + JS.string(parts.joined(separator: "|"))
            }
            try emit(OutputFile(path: "\(SitePaths.searchFolder)/t/\(number).js",
                                text: "NianbaoSearch.terms(\(number),{\n" + lines.joined(separator: ",\n") + "\n});\n"))
        }
        for start in stride(from: 0, to: documents.count, by: Self.documentsPerShard) {
            let slice = documents[start..<min(start + Self.documentsPerShard, documents.count)]
            let rows = slice.map { document -> String in
                let figures = document.figures.map { $0.map(String.init) ?? "null" }.joined(separator: ",")
                return "[" + [JS.string(document.agency), String(document.year), JS.string(document.places.joined(separator: " ")),
                              JS.string(document.href), "[\(figures)]", JS.string(document.excerpt)].joined(separator: ",") + "]"
            }
            try emit(OutputFile(path: "\(SitePaths.searchFolder)/d/\(start / Self.documentsPerShard).js",
                                text: "NianbaoSearch.docs(\(start / Self.documentsPerShard),[\n" + rows.joined(separator: ",\n") + "\n]);\n"))
        }
        try emit(OutputFile(path: "\(SitePaths.searchFolder)/meta.js", text: meta(termShards: shards)))
    }

    /// The code of a pair of Chinese characters, nil for anything else.
    static func code(_ term: String) -> UInt64? {
        let scalars = Array(term.unicodeScalars)
        guard scalars.count == 2, scalars.allSatisfy(SearchTokenizer.isHan) else { return nil }
        return UInt64(scalars[0].value) << 21 | UInt64(scalars[1].value)
    }

    private func meta(termShards: Int) -> String {
        // Years as one character each, from "0" for the first year on.
        let firstYear = documents.map(\.year).min() ?? 0
        let years = String(String.UnicodeScalarView(documents.map { Unicode.Scalar(UInt8(48 + min(max($0.year - firstYear, 0), 70))) }))
        var provinces: [String: [(Int, Int)]] = [:]
        var from = 0
        while from < documents.count {
            var to = from
            while to < documents.count, documents[to].places.first == documents[from].places.first { to += 1 }
            if let province = documents[from].places.first { provinces[province, default: []].append((from, to)) }
            from = to
        }
        let regions = provinces.keys.sorted().map { name in
            JS.string(name) + ":[" + provinces[name]!.map { "[\($0.0),\($0.1)]" }.joined(separator: ",") + "]"
        }
        // The reports with the most of each figure, for a query of an outcome alone (不予公开).
        let top = ["newRequests": 0, "withheld": 2, "reviews": 3, "lawsuits": 4].sorted { $0.key < $1.key }.map { name, column in
            let ranked = documents.indices.filter { (documents[$0].figures[column] ?? 0) > 0 }
                .sorted { (documents[$0].figures[column]!, -$0) > (documents[$1].figures[column]!, -$1) }.prefix(50)
            return JS.string(name) + ":[" + ranked.map(String.init).joined(separator: ",") + "]"
        }
        return "NianbaoSearch.meta({\"version\":2,\"documents\":\(documents.count),\"termShards\":\(termShards),"
            + "\"documentsPerShard\":\(Self.documentsPerShard),\"firstYear\":\(firstYear),\"years\":\(JS.string(years)),"
            + "\"regions\":{\(regions.joined(separator: ","))},\"top\":{\(top.joined(separator: ","))}});\n"
    }

    /// 32-bit FNV-1a of the term's UTF-8 bytes (`search.js` computes the same).
    static func hash(_ term: String) -> UInt32 {
        var hash: UInt32 = 0x811C_9DC5
        for byte in term.utf8 { hash = (hash ^ UInt32(byte)) &* 0x0100_0193 }
        return hash
    }
}

/// JavaScript literals.
enum JS {
    /// A string literal, safe anywhere in a script (no line separators, no `</script`).
    static func string(_ text: String) -> String {
        var out = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "<": out += "\\u003c"
            case "\n": out += "\\n"
            case "\u{2028}": out += "\\u2028"
            case "\u{2029}": out += "\\u2029"
            default:
                if scalar.value < 0x20 { out += String(format: "\\u%04x", scalar.value) } else { out.unicodeScalars.append(scalar) }
            }
        }
        return out + "\""
    }
}
