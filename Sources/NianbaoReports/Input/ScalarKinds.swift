/// Character classes the parser reasons with, on single Unicode scalars.
extension Unicode.Scalar {
    /// A Han ideograph: the characters that carry a label's meaning.
    var isHan: Bool {
        switch value {
        case 0x4E00...0x9FFF, 0x3400...0x4DBF, 0xF900...0xFAFF, 0x20000...0x2FFFF: return true
        default: return false
        }
    }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
    var isASCIILetter: Bool { (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) }

    var asciiDigitValue: Int { Int(value) - 0x30 }

    /// Spaces, tabs and line breaks, including the full-width and no-break spaces.
    var isSpaceLike: Bool {
        switch value {
        case 0x09, 0x0A, 0x0B, 0x0C, 0x0D, 0x20, 0xA0, 0x3000, 0x2000...0x200B, 0xFEFF: return true
        default: return false
        }
    }

    /// The half-width form of a full-width digit, letter, sign or space; the scalar itself otherwise.
    ///
    /// Folding maps one scalar to one scalar, so positions in folded text are
    /// positions in the original: narrative keeps the agency's characters while
    /// tables and metadata are read from the folded copy.
    var folded: Unicode.Scalar {
        switch value {
        case 0xFF01...0xFF5E: return Unicode.Scalar(value - 0xFEE0)!
        case 0x3000, 0xA0, 0x2000...0x200A: return " "
        case 0x2212, 0x2013: return "-"   // minus sign, en dash
        default: return self
        }
    }
}
