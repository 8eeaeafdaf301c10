import Foundation

/// How the search index and `search.js` cut text into terms. The two must agree
/// term for term: the rules here are mirrored in `Themes/default/assets/search.js`
/// (`tokenize`), and `SearchTokenizerTests` pins both down on the same examples.
///
/// - Text is folded first: NFKC (full-width letters and digits become ASCII), lower case.
/// - Chinese (CJK ideographs) is cut into overlapping character pairs, 东昌府区 →
///   东昌 昌府 府区; a run of one character is that character. Names also get every
///   single character, so a one-character query finds an agency or a place.
/// - Latin letters and digits are words; anything else (punctuation, spaces) separates.
/// - Names also get their pinyin: from each character on, the readings of up to
///   six characters run together, and every prefix of that of two letters or more,
///   so `chiping`, `chi ping` and `liaocheng` find 聊城市茌平区.
public enum SearchTokenizer {
    /// Folded as both sides fold it.
    public static func fold(_ text: String) -> String {
        text.precomposedStringWithCompatibilityMapping.lowercased()
    }

    static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }

    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar)
    }

    /// Runs of Chinese and runs of Latin letters and digits, in order.
    static func runs(_ text: String) -> [(han: Bool, scalars: [Unicode.Scalar])] {
        var runs: [(han: Bool, scalars: [Unicode.Scalar])] = []
        var current: [Unicode.Scalar] = []
        var currentIsHan = false
        func close() { if !current.isEmpty { runs.append((currentIsHan, current)); current = [] } }
        for scalar in fold(text).unicodeScalars {
            if isHan(scalar) {
                if !currentIsHan { close(); currentIsHan = true }
                current.append(scalar)
            } else if isWordScalar(scalar) {
                if currentIsHan { close(); currentIsHan = false }
                current.append(scalar)
            } else {
                close()
            }
        }
        close()
        return runs
    }

    /// The terms of a query, or of text indexed as a whole (narrative): pairs of Chinese
    /// characters (a lone character as itself) and Latin words.
    public static func terms(_ text: String) -> [String] {
        var terms: [String] = []
        for run in runs(text) {
            if run.han {
                if run.scalars.count == 1 { terms.append(String(run.scalars[0])); continue }
                for index in 0..<(run.scalars.count - 1) {
                    terms.append(String(String.UnicodeScalarView(run.scalars[index...index + 1])))
                }
            } else {
                terms.append(String(String.UnicodeScalarView(run.scalars)))
            }
        }
        return terms
    }

    /// The terms of a name (agency, place): its pairs, every single character, Latin words
    /// and their prefixes, and the pinyin prefixes described above.
    public static func nameTerms(_ name: String) -> Set<String> {
        var terms = Set(self.terms(name))
        for run in runs(name) {
            if run.han {
                for scalar in run.scalars { terms.insert(String(scalar)) }
                let readings = run.scalars.map(reading)
                for start in readings.indices {
                    let joined = readings[start..<min(start + 6, readings.count)].joined()
                    terms.formUnion(prefixes(joined))
                }
            } else {
                terms.formUnion(prefixes(String(String.UnicodeScalarView(run.scalars))))
            }
        }
        return terms
    }

    static func prefixes(_ word: String) -> [String] {
        guard word.count >= 2 else { return word.isEmpty ? [] : [word] }
        return (2...word.count).map { String(word.prefix($0)) }
    }

    /// Toneless pinyin of a character; empty where the table has none.
    static func reading(_ scalar: Unicode.Scalar) -> String { Pinyin.reading(scalar).map(String.init) ?? "" }

    /// Distinct Chinese pairs of a text, each as two scalars in one number (compact, for
    /// holding the narrative terms of every report while a site is built).
    public static func pairCodes(_ text: String) -> [UInt64] {
        var codes = Set<UInt64>()
        for run in runs(text) where run.han && run.scalars.count >= 2 {
            for index in 0..<(run.scalars.count - 1) {
                codes.insert(UInt64(run.scalars[index].value) << 21 | UInt64(run.scalars[index + 1].value))
            }
        }
        return codes.sorted()
    }

    /// The pair a code stands for.
    public static func pair(_ code: UInt64) -> String {
        let first = Unicode.Scalar(UInt32(code >> 21))!
        let second = Unicode.Scalar(UInt32(code & 0x1F_FFFF))!
        return String(first) + String(second)
    }
}
