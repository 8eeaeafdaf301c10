/// How many columns of a monospaced terminal a character takes, as text-table writers
/// (pandoc's doclayout, `column`, most terminals) count them: East Asian wide and
/// full-width characters two, combining marks and zero-width characters none, every other
/// character one (East Asian "ambiguous" ones, such as `“`, included).
///
/// Text tables drawn by such writers (pandoc's grid, simple and multiline tables) put their
/// borders at these columns. A reader that counts differently finds a border where there is
/// none, which the table readers check for at every border and then refuse the table.
enum DisplayWidth {
    static func of(_ scalar: Unicode.Scalar) -> Int {
        let v = scalar.value
        if v < 0x300 { return v < 0x20 ? 0 : 1 }
        if wide.contains(where: { $0.contains(v) }) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format: return 0
        default: return 1
        }
    }

    static func of(_ text: Substring) -> Int { text.unicodeScalars.reduce(0) { $0 + of($1) } }

    /// The East Asian Wide and Fullwidth blocks of Unicode's EastAsianWidth.txt (W and F) that
    /// Chinese text uses. Emoji and other pictographs are left at one: a table holding them
    /// is refused rather than read with a guessed width.
    static let wide: [ClosedRange<UInt32>] = [
        0x1100...0x115F,   // Hangul Jamo initials
        0x2E80...0x303E,   // CJK radicals, Kangxi radicals, CJK symbols and punctuation
        0x3041...0x33FF,   // kana, bopomofo, Hangul compatibility, CJK strokes, enclosed, compatibility
        0x3400...0x4DBF,   // CJK extension A
        0x4E00...0x9FFF,   // CJK unified ideographs
        0xA000...0xA4CF,   // Yi
        0xA960...0xA97F,   // Hangul Jamo extended A
        0xAC00...0xD7A3,   // Hangul syllables
        0xF900...0xFAFF,   // CJK compatibility ideographs
        0xFE10...0xFE19,   // vertical forms
        0xFE30...0xFE6F,   // CJK compatibility forms, small form variants
        0xFF00...0xFF60,   // full-width forms
        0xFFE0...0xFFE6,   // full-width signs
        0x20000...0x3FFFD, // CJK extensions B and later
    ]
}
