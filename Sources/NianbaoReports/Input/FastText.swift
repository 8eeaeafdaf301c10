/// Byte-level text tests for hot paths. `String.contains` compares grapheme
/// clusters, which costs far more than these reports need: a byte search on
/// valid UTF-8 finds exactly the same occurrences.
extension String {
    func containsText(_ needle: String) -> Bool {
        var haystack = self
        var pattern = needle
        return haystack.withUTF8 { text in
            pattern.withUTF8 { find in
                guard !find.isEmpty, find.count <= text.count else { return find.isEmpty }
                let first = find[0]
                var index = 0
                let last = text.count - find.count
                while index <= last {
                    if text[index] == first {
                        var offset = 1
                        while offset < find.count && text[index + offset] == find[offset] { offset += 1 }
                        if offset == find.count { return true }
                    }
                    index += 1
                }
                return false
            }
        }
    }

    /// Number of Unicode scalars, stopping once `limit` is reached.
    func scalarCount(upTo limit: Int) -> Int {
        var count = 0
        for _ in unicodeScalars {
            count += 1
            if count >= limit { break }
        }
        return count
    }
}
