/// Where something is in a source file, in the terms of its format: a line of a
/// text file, a line of a PDF page, or a cell of an HTML or Word table.
public struct DocumentLocation: Codable, Sendable, Equatable, Hashable, CustomStringConvertible {
    /// 1-based PDF page.
    public var page: Int?
    /// 1-based line: of the file for text, of the page for PDF.
    public var line: Int?
    /// 1-based table of an HTML or Word document, with the cell's row and column in its grid.
    public var table: Int?
    public var row: Int?
    public var column: Int?
    /// 1-based paragraph of an HTML or Word document, outside tables.
    public var paragraph: Int?

    public init(page: Int? = nil, line: Int? = nil, table: Int? = nil, row: Int? = nil, column: Int? = nil,
                paragraph: Int? = nil) {
        self.page = page
        self.line = line
        self.table = table
        self.row = row
        self.column = column
        self.paragraph = paragraph
    }

    /// `第 3 页第 12 行`, `第 2 个表格第 5 行第 3 列`, `第 7 段`.
    public var description: String {
        if let table {
            return "第 \(table) 个表格" + (row.map { "第 \($0) 行" } ?? "") + (column.map { "第 \($0) 列" } ?? "")
        }
        if let page { return "第 \(page) 页" + (line.map { "第 \($0) 行" } ?? "") }
        if let paragraph { return "第 \(paragraph) 段" }
        return line.map { "第 \($0) 行" } ?? ""
    }
}
