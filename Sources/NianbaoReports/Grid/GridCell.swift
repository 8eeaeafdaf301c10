/// One position of a `TableGrid`.
public struct GridCell: Sendable, Equatable {
    /// The cell's text as printed (compatibility ideographs folded); lines joined by `\n`.
    public var text: String
    /// The line of the parsed text the cell was written to: where its figure is said to come from.
    public var line: Int?
    /// Where the cell this position belongs to starts.
    public var originRow: Int
    public var originColumn: Int
    /// The position is covered by a cell merged from above or from the left.
    public var isContinuation: Bool
    /// The format reader saw the cell's text cut (see `DocumentModel.TableCell.isBroken`).
    public var isBroken = false

    public init(text: String, line: Int?, originRow: Int, originColumn: Int, isContinuation: Bool) {
        self.text = text
        self.line = line
        self.originRow = originRow
        self.originColumn = originColumn
        self.isContinuation = isContinuation
    }

    /// Nothing printed: no character but white space.
    public var isBlank: Bool { text.unicodeScalars.allSatisfy(\.isSpaceLike) }

    /// The Han characters of the text, full-width forms folded: what labels and headers are matched by.
    var han: [Unicode.Scalar] { text.unicodeScalars.map(\.folded).filter(\.isHan) }

    /// Two positions of the same merged cell.
    func sameCell(as other: GridCell) -> Bool { originRow == other.originRow && originColumn == other.originColumn }
}
