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

    let documents: [Document]
    /// A document's text pairs, asked for once each while the index is made, so a large
    /// site's pairs need not all be held in the documents at once.
    var codes: (Int) -> [UInt64]

    init(documents: [Document], codes: ((Int) -> [UInt64])? = nil) {
        self.documents = documents
        self.codes = codes ?? { documents[$0].codes }
    }

    /// The files of the index, under `search/`.
    func files() -> [OutputFile] {
        var postings: [String: [(document: UInt32, weight: Int)]] = [:]
        var text: [UInt64: [UInt32]] = [:]
        for (number, document) in documents.enumerated() {
            let id = UInt32(number)
            var weights: [String: Int] = [:]
            for term in SearchTokenizer.nameTerms(document.agency) { weights[term] = Self.agencyWeight }
            for place in document.places {
                for term in SearchTokenizer.nameTerms(place) where weights[term] == nil { weights[term] = Self.placeWeight }
            }
            if weights[String(document.year)] == nil { weights[String(document.year)] = Self.yearWeight }
            for (term, weight) in weights { postings[term, default: []].append((id, weight)) }
            for code in codes(number) { text[code, default: []].append(id) }
        }
        var common = Set<String>()
        for (code, ids) in text {
            let term = SearchTokenizer.pair(code)
            if documents.count >= Self.commonFrom, ids.count * 5 > documents.count {
                common.insert(term)
                continue
            }
            var named = Set((postings[term] ?? []).map(\.document))
            for id in ids where !named.contains(id) {
                postings[term, default: []].append((id, Self.textWeight))
                named.insert(id)
            }
        }
        for term in common where postings[term] == nil { postings[term] = [] }

        // Each term as `"<term>":"<weight>:<numbers>|…"`, numbers ascending, base 36, each
        // after the first as the difference from the one before; `*` marks a common term.
        var entries: [(term: String, shard: Int, text: String)] = []
        var total = 0
        for (term, list) in postings {
            var groups: [Int: [UInt32]] = [:]
            for (id, weight) in list { groups[weight, default: []].append(id) }
            var parts = groups.keys.sorted(by: >).map { weight -> String in
                var previous: UInt32 = 0
                let numbers = groups[weight]!.sorted().enumerated().map { offset, id -> String in
                    defer { previous = id }
                    return String(offset == 0 ? id : id - previous, radix: 36)
                }
                return "\(weight):" + numbers.joined(separator: ",")
            }
            if common.contains(term) { parts.append("*") }
            let line = JS.string(term) + ":" + JS.string(parts.joined(separator: "|"))
            entries.append((term, 0, line))
            total += line.utf8.count + 1
        }
        var shards = 1
        while total / shards > Self.shardBudget, shards < 4096 { shards *= 2 }
        var byShard = [[(String, String)]](repeating: [], count: shards)
        for entry in entries { byShard[Int(Self.hash(entry.term) & UInt32(shards - 1))].append((entry.term, entry.text)) }

        var files: [OutputFile] = []
        for (number, shard) in byShard.enumerated() {
            let body = shard.sorted { $0.0 < $1.0 }.map(\.1).joined(separator: ",\n")
            files.append(OutputFile(path: "\(SitePaths.searchFolder)/t/\(number).js",
                                    text: "NianbaoSearch.terms(\(number),{\n\(body)\n});\n"))
        }
        for start in stride(from: 0, to: documents.count, by: Self.documentsPerShard) {
            let slice = documents[start..<min(start + Self.documentsPerShard, documents.count)]
            let rows = slice.map { document -> String in
                let figures = document.figures.map { $0.map(String.init) ?? "null" }.joined(separator: ",")
                return "[" + [JS.string(document.agency), String(document.year), JS.string(document.places.joined(separator: " ")),
                              JS.string(document.href), "[\(figures)]", JS.string(document.excerpt)].joined(separator: ",") + "]"
            }
            files.append(OutputFile(path: "\(SitePaths.searchFolder)/d/\(start / Self.documentsPerShard).js",
                                    text: "NianbaoSearch.docs(\(start / Self.documentsPerShard),[\n" + rows.joined(separator: ",\n") + "\n]);\n"))
        }
        files.append(OutputFile(path: "\(SitePaths.searchFolder)/meta.js", text: meta(termShards: shards)))
        return files
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
