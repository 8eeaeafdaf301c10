/// A cleaned report text as one array of scalars, with the source line of each.
///
/// The whole parser works on positions in `scalars`. `folded` is the same text
/// with full-width forms folded (see `Unicode.Scalar.folded`), used for reading
/// numbers and finding labels; `scalars` keeps the agency's characters for the
/// narrative. Lines removed while cleaning (bookmarks, OCR junk, page footers)
/// are emptied, not deleted, so line numbers stay those of the file.
public struct SourceDocument: Sendable {
    public let scalars: [Unicode.Scalar]
    public let folded: [Unicode.Scalar]
    let lineStarts: [Int]

    init(lines: [String]) {
        var scalars: [Unicode.Scalar] = []
        var starts: [Int] = []
        starts.reserveCapacity(lines.count)
        for line in lines {
            starts.append(scalars.count)
            scalars.append(contentsOf: line.unicodeScalars)
            scalars.append("\n")
        }
        self.scalars = scalars
        self.folded = scalars.map(\.folded)
        self.lineStarts = starts
    }

    public var count: Int { scalars.count }

    /// The 1-based source line of the scalar at `position`.
    public func line(at position: Int) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let mid = (low + high + 1) / 2
            if lineStarts[mid] <= position { low = mid } else { high = mid - 1 }
        }
        return low + 1
    }

    /// The original text of a range.
    public func text(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[range.clamped(to: 0..<scalars.count)])
        return String(view)
    }

    /// The folded text of a range.
    public func foldedText(_ range: Range<Int>) -> String {
        var view = String.UnicodeScalarView()
        view.append(contentsOf: folded[range.clamped(to: 0..<folded.count)])
        return String(view)
    }
}
