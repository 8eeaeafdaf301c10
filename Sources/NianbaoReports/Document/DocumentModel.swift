/// A report as a format reader sees it: paragraphs and tables, in reading order.
///
/// Every reader (HTML, Word, PDF) yields this, and `DocumentText` turns it into the
/// text the one report parser reads, keeping each line's `DocumentLocation`.
public struct DocumentModel: Sendable, Equatable {
    public enum Block: Sendable, Equatable {
        case paragraph(String, DocumentLocation)
        case table(Table)
    }

    /// A table as a grid. Each row lists the cells that start in it, left to right; a cell
    /// merged over several rows or columns appears once, at its top-left position.
    public struct Table: Sendable, Equatable {
        public var rows: [[TableCell]]
        public init(rows: [[TableCell]]) { self.rows = rows }
    }

    public struct TableCell: Sendable, Equatable {
        /// The cell's text; lines within the cell are separated by `\n`.
        public var text: String
        public var location: DocumentLocation
        public var rowSpan: Int
        public var columnSpan: Int
        /// The reader saw the cell's text cut (a figure wrapped past its row or a page
        /// break): what it holds is not to be read as a figure.
        public var isBroken = false

        public init(_ text: String, location: DocumentLocation, rowSpan: Int = 1, columnSpan: Int = 1) {
            self.text = text
            self.location = location
            self.rowSpan = rowSpan
            self.columnSpan = columnSpan
        }
    }

    public var blocks: [Block]
    /// Text around the report that may name it: page headings, breadcrumb and `<title>`, a
    /// PDF's or Word document's title property, most likely first.
    public var titles: [TitleCandidate] = []
    /// The address the file says it was published at (a web page's `<meta name="Url">`,
    /// canonical link or `og:url`); only absolute `http`/`https` addresses.
    public var address: String?
    /// What the file was: `HTML`, `Word`, `PDF`.
    public var format: String
    /// The text encoding the file declared or was read in, where it has one.
    public var encoding: String

    public init(blocks: [Block], format: String, encoding: String) {
        self.blocks = blocks
        self.format = format
        self.encoding = encoding
    }
}
