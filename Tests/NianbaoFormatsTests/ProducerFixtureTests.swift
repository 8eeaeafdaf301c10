import Foundation
import Testing
import NianbaoReports
@testable import NianbaoFormats

/// The producer fixtures (`Fixtures/producers/`, written by `make-producers.py`): files
/// that imitate real producers (CMS pages with blank zeros, Word's "Save as Web Page",
/// python-docx and pandoc-like Word tables, browser-printed PDFs, reordered columns, a
/// table broken in two, …). Each `NAME.ext` has a `NAME.expected.json` holding the figures
/// a reader must get, written from the data put in the file (never from a parser's
/// output): `activeDisclosure`, `applications.rows`, `reviewAndLitigation`, and sometimes
/// `agency` and `year`.
///
/// Every figure is counted as exact, missing (expected a value, parsed `null`) or wrong
/// (parsed a value that is not the expected one, also where `null` was expected).
@Suite struct ProducerFixtureTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/producers")
    static let formats = [".html", ".htm", ".docx", ".pdf", ".txt", ".md"]

    static var files: [String] { ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() }

    static func expectedName(_ fixture: String) -> String {
        (fixture as NSString).deletingPathExtension + ".expected.json"
    }

    /// Fixture files that have an expected file.
    static var fixtures: [String] {
        let all = Set(files)
        return files.filter { name in formats.contains(where: name.hasSuffix) && all.contains(expectedName(name)) }
    }

    // MARK: Comparing

    /// One figure of a fixture: where it is, what the expected file says, what the parser gave.
    struct Figure {
        enum Kind { case exact, missing, wrong }
        let path: String
        let expected: Any?
        let parsed: Any?

        var kind: Kind {
            if ProducerFixtureTests.same(expected, parsed) { return .exact }
            return parsed == nil ? .missing : .wrong
        }

        var line: String {
            "  \(path): parsed \(ProducerFixtureTests.describe(parsed)), expected \(ProducerFixtureTests.describe(expected))"
        }
    }

    /// Object keys in the spec's order, so that messages read like the tables.
    static let keyOrder = [
        "agency", "year", "activeDisclosure", "rules", "normativeDocuments", "issued", "repealed", "inForce",
        "licensing", "penalties", "coercion", "fees", "applications", "rows", "newRequests", "carriedOver",
        "disclosed", "partiallyDisclosed", "withheld", "stateSecret", "legallyProhibited", "securityStability",
        "thirdPartyRights", "internalAffairs", "processInformation", "enforcementFiles", "queryMatters",
        "unavailable", "notHeld", "needsCreation", "stillUnclear", "notProcessed", "petitions", "duplicate",
        "publications", "excessive", "confirmation", "otherOutcomes", "noCorrection", "unpaidFees", "other",
        "totalProcessed", "carriedForward", "reviewAndLitigation", "administrativeReview", "litigationDirect",
        "litigationAfterReview", "upheld", "corrected", "pending", "total",
    ]
    static let columns = ["naturalPersons", "businesses", "researchInstitutions", "nonprofits", "legalServices",
                          "otherOrganizations", "total"]

    static func ordered(_ keys: Dictionary<String, Any>.Keys) -> [String] {
        keys.sorted { a, b in
            let i = keyOrder.firstIndex(of: a) ?? keyOrder.count, j = keyOrder.firstIndex(of: b) ?? keyOrder.count
            return i != j ? i < j : a < b
        }
    }

    static func isNull(_ value: Any?) -> Bool { value == nil || value is NSNull }

    /// A JSON number as a Double (on Linux a parsed 0 or 1 also casts to Bool, so no Bool test here).
    static func number(_ value: Any) -> Double? {
        if value is String { return nil }
        if let n = value as? Int { return Double(n) }
        if let n = value as? Double { return n }
        if let n = value as? NSNumber { return n.doubleValue }
        return nil
    }

    static func same(_ a: Any?, _ b: Any?) -> Bool {
        if isNull(a) || isNull(b) { return isNull(a) && isNull(b) }
        if let x = number(a!), let y = number(b!) { return x == y }
        if let x = a as? String, let y = b as? String { return x == y }
        return false
    }

    static func describe(_ value: Any?) -> String {
        guard let value, !(value is NSNull) else { return "null" }
        if let s = value as? String { return "\"\(s)\"" }
        if let n = number(value) {
            return n == n.rounded() && abs(n) < 1e15 ? String(Int64(n)) : String(n)
        }
        if value is [Any] || value is [String: Any], JSONSerialization.isValidJSONObject(value),
           let data = try? JSONSerialization.data(withJSONObject: value, options: [.sortedKeys]) {
            return String(decoding: data, as: UTF8.self)
        }
        return String(describing: value)
    }

    /// Walks the expected tree; each leaf is a figure, looked up at the same path in the parse.
    static func figures(expected: Any, parsed: Any?, path: String = "", into out: inout [Figure]) {
        if let e = expected as? [String: Any] {
            let p = parsed as? [String: Any]
            for key in ordered(e.keys) {
                figures(expected: e[key]!, parsed: p?[key], path: path.isEmpty ? key : "\(path).\(key)", into: &out)
            }
        } else if let e = expected as? [Any] {
            let p = parsed as? [Any]
            let named = path.hasPrefix("applications.rows.") && e.count == columns.count
            for (i, value) in e.enumerated() {
                let item: Any? = p.flatMap { i < $0.count ? $0[i] : nil }
                figures(expected: value, parsed: item, path: "\(path)[\(i)\(named ? " " + columns[i] : "")]", into: &out)
            }
        } else {
            out.append(Figure(path: path, expected: isNull(expected) ? nil : expected, parsed: isNull(parsed) ? nil : parsed))
        }
    }

    /// Parses the fixture and compares every figure of its expected file.
    static func compare(_ fixture: String) throws -> [Figure] {
        let bytes = [UInt8](try Data(contentsOf: folder.appendingPathComponent(fixture)))
        let report = try ReportReader.parse(bytes, file: fixture)
        let parsed = try #require(
            try JSONSerialization.jsonObject(with: Data(report.json.rendered().utf8)) as? [String: Any])
        let expected = try #require(
            try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent(expectedName(fixture))))
                as? [String: Any])
        var out: [Figure] = []
        figures(expected: expected, parsed: parsed, into: &out)
        return out
    }

    static func counts(_ figures: [Figure]) -> String {
        let exact = figures.filter { $0.kind == .exact }.count
        let wrong = figures.filter { $0.kind == .wrong }.count
        let missing = figures.filter { $0.kind == .missing }.count
        return "\(exact) exact, \(wrong) wrong, \(missing) missing of \(figures.count)"
    }

    // MARK: Tests

    @Test func everyFixtureHasItsExpectedFileAndTheFormatsAreThere() {
        let files = Set(Self.files)
        for name in files where Self.formats.contains(where: name.hasSuffix) && name != "README.md" {
            #expect(files.contains(Self.expectedName(name)), "\(name) has no \(Self.expectedName(name))")
        }
        for name in files where name.hasSuffix(".expected.json") {
            let stem = String(name.dropLast(".expected.json".count))
            #expect(Self.formats.contains { files.contains(stem + $0) }, "\(name) has no fixture")
        }
        for suffix in [".html", ".docx", ".pdf"] {
            #expect(Self.fixtures.filter { $0.hasSuffix(suffix) }.count >= 2, "producer fixtures ending \(suffix)")
        }
    }

    /// Every figure exactly as expected, nulls included.
    @Test(arguments: fixtures)
    func readsTheExpectedFigures(_ fixture: String) throws {
        let figures = try Self.compare(fixture)
        let differing = figures.filter { $0.kind != .exact }
        if !differing.isEmpty {
            Issue.record(Comment(rawValue: "\(fixture): \(Self.counts(figures)); differing cells:\n"
                + differing.map(\.line).joined(separator: "\n")))
        }
    }

    /// A figure may be missing (null) but never wrong: no non-null value that differs from
    /// the expected one. The counts go in the message (and to standard output) so that a
    /// run shows "wrong" and "missing" apart.
    @Test(arguments: fixtures)
    func neverGivesAWrongFigure(_ fixture: String) throws {
        let figures = try Self.compare(fixture)
        print("producer fixture \(fixture): \(Self.counts(figures))")
        let wrong = figures.filter { $0.kind == .wrong }
        if !wrong.isEmpty {
            Issue.record(Comment(rawValue: "\(fixture): \(Self.counts(figures)); wrong cells:\n"
                + wrong.map(\.line).joined(separator: "\n")))
        }
    }
}
