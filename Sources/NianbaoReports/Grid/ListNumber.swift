/// The list number a row label begins with: `2.`, `2、`, `（2）`, `(二)`, `二、`. Header
/// cells never have one, so it tells a table's rows from its header in every format.
public enum ListNumber {
    public static func starts(_ text: String) -> Bool {
        let characters = Array(text.unicodeScalars.map(\.folded).filter { !$0.isSpaceLike }.prefix(6))
        guard let first = characters.first else { return false }
        let numerals = "一二三四五六七八九十".unicodeScalars
        func isNumeral(_ scalar: Unicode.Scalar) -> Bool { scalar.isASCIIDigit || numerals.contains(scalar) }
        if first == "(" {
            return characters.count >= 3 && isNumeral(characters[1])
        }
        var index = 0
        while index < characters.count, isNumeral(characters[index]) { index += 1 }
        guard index > 0, index < characters.count else { return false }
        return ".、．".unicodeScalars.contains(characters[index])
    }
}
