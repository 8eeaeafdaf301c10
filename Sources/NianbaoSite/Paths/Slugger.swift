/// ASCII URL slugs from Chinese names: toneless pinyin joined by `-`.
///
/// Stable across builds (a pure function of the name). Collisions are settled
/// by `assign`, which numbers later names in sorted order, so the same set of
/// names always gets the same slugs.
public enum Slugger {
    /// `聊城市茌平区人民政府` → `liaochengshi-chipingqu-renminzhengfu`: syllables joined, words split after place suffixes (省市区县…).
    public static func slug(_ name: String) -> String {
        var parts: [String] = []
        var word = ""
        for scalar in name.unicodeScalars {
            if let reading = Pinyin.reading(scalar) {
                word += reading
                // Break words after administrative suffixes, so slugs stay readable.
                if "省市区县州盟旗".unicodeScalars.contains(scalar) { parts.append(word); word = "" }
            } else if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                word += String(scalar).lowercased()
            } else if !word.isEmpty {
                parts.append(word); word = ""
            }
        }
        if !word.isEmpty { parts.append(word) }
        let slug = parts.filter { !$0.isEmpty }.joined(separator: "-")
        return slug.isEmpty ? "x" : slug
    }

    /// Slugs for many names, unique: the second name with the same slug gets `-2`, and so on, by sorted name.
    public static func assign(_ names: [String], overrides: [String: String] = [:]) -> [String: String] {
        var result: [String: String] = [:]
        var used: Set<String> = []
        for name in Set(names).sorted() {
            let base = overrides[name] ?? slug(name)
            var candidate = base
            var number = 2
            while used.contains(candidate) { candidate = "\(base)-\(number)"; number += 1 }
            used.insert(candidate)
            result[name] = candidate
        }
        return result
    }
}
