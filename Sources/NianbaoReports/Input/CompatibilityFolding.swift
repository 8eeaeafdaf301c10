/// Replaces the compatibility forms PDF text layers write for ordinary Han characters
/// (Kangxi radicals U+2F00–U+2FD5, radical supplement forms, compatibility ideographs)
/// by the characters they stand for: their NFKC form (see `CompatibilityIdeographs`).
///
/// Only these scalars are changed. Full NFKC would also turn the agency's full-width
/// punctuation into ASCII, which the narrative keeps as printed.
public enum CompatibilityFolding {
    private static let map: [UInt32: Unicode.Scalar] = Dictionary(
        uniqueKeysWithValues: CompatibilityIdeographs.table.map { ($0.0, Unicode.Scalar($0.1)!) })

    static func mapped(_ scalar: Unicode.Scalar) -> Unicode.Scalar? {
        switch scalar.value {
        case 0x2E80...0x2FDF, 0xF900...0xFAFF, 0x2F800...0x2FA1F: return map[scalar.value]
        default: return nil
        }
    }

    /// `text` with every compatibility ideograph replaced; the same string when it has none.
    public static func normalise(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { mapped($0) != nil }) else { return text }
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { result.append(mapped(scalar) ?? scalar) }
        return String(result)
    }
}
