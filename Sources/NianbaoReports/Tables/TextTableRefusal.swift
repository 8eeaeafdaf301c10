/// Why a text table without cell separators is not read at all: its figures could only be
/// given to rows or columns by guessing, so every one of them is `null`, with one warning.
enum TextTableRefusal: Sendable, Equatable {
    /// Figures stand between the header and the first label: the text's reading order puts
    /// figures before their labels (a PDF text layer read column by column).
    case figuresBeforeLabels
    /// The header names, on one line, two columns in the other order than the template's (`first` is
    /// printed after `second`): the text readers take figures in the template's order.
    case columnsOutOfOrder(first: String, second: String)

    /// Header words the template prints in this order, for tables 二, 三 and 四. Only words
    /// that cannot stand inside another header word are used (`其他` is in `法人或其他组织`).
    /// Table 三's 总计 heads its column from the header's top row, with 自然人 and 法人或其他组织:
    /// read row by row it comes before 商业企业, so it is compared with those two only.
    static let activeDisclosureOrder = [("制发", "废止"), ("废止", "现行有效")]
    static let applicationsOrder = [("自然人", "商业企业"), ("商业企业", "科研机构"), ("科研机构", "社会公益组织"),
                                    ("社会公益组织", "法律服务机构"), ("自然人", "总计"), ("法人或其他组织", "总计")]
    static let reviewOrder = [("行政复议", "行政诉讼"), ("直接起诉", "复议后起诉"), ("维持", "纠正"),
                              ("纠正", "尚未审结"), ("尚未审结", "总计")]

    /// The first pair of `order` whose words both appear in `header` the other way round;
    /// nil when every pair found is in order. Words are compared by their first
    /// occurrences (Han characters only) on one line: the lines of a multi-line header
    /// (`pdftotext -layout`) interleave its levels. A header written one cell per line is
    /// compared cell by cell (`misorderedCells`).
    static func misordered(_ header: ArraySlice<Unicode.Scalar>, order: [(String, String)]) -> TextTableRefusal? {
        let lines = header.split(separator: "\n", omittingEmptySubsequences: false).map { $0.filter(\.isHan) }
        func find(_ word: String) -> (line: Int, offset: Int)? {
            let key = Array(word.unicodeScalars)
            for (number, line) in lines.enumerated() where line.count >= key.count {
                if let offset = (0...(line.count - key.count)).first(where: { line[$0..<$0 + key.count].elementsEqual(key) }) {
                    return (number, offset)
                }
            }
            return nil
        }
        for (a, b) in order {
            guard let x = find(a), let y = find(b) else { continue }
            if x.line == y.line, y.offset < x.offset { return .columnsOutOfOrder(first: a, second: b) }
        }
        return misorderedCells(lines, order: order)
    }

    /// The same comparison for a header written one cell per line (LibreOffice's and Word's
    /// text export without tabs): over the lines that hold one header word and little else,
    /// the k-th occurrence of each word of a pair is compared with the other's k-th, so that
    /// table 四's three groups (结果维持 … 总计, three times) are compared group by group.
    /// Only when the pair occurs equally often, as header cells do: a group that splits a
    /// word over two lines (`尚未` / `审结`) makes the counts differ, and nothing is refused.
    static func misorderedCells(_ lines: [[Unicode.Scalar]], order: [(String, String)]) -> TextTableRefusal? {
        let words = Set(order.flatMap { [$0.0, $0.1] })
        var cells: [String] = []
        for line in lines where !line.isEmpty && line.count <= 10 {
            let text = String(String.UnicodeScalarView(line))
            let held = words.filter { text.contains($0) }
            // A line holding two of the words (`行政诉讼` is in no other) is not one cell.
            if held.count == 1, let word = held.first { cells.append(word) }
        }
        for (a, b) in order {
            let first = cells.indices.filter { cells[$0] == a }, second = cells.indices.filter { cells[$0] == b }
            guard !first.isEmpty, first.count == second.count else { continue }
            if zip(first, second).contains(where: { $1 < $0 }) { return .columnsOutOfOrder(first: a, second: b) }
        }
        return nil
    }

    /// The one warning for a table refused, at `line`.
    func warning(table: String, line: Int?) -> Diagnostic {
        switch self {
        case .figuresBeforeLabels:
            return Diagnostic(line: line,
                "\(table)的数字排在行名之前（文本的阅读顺序与表格不同），无法确定每个数字属于哪一行，全部留空",
                hint: "请改用原件（网页、Word 或 PDF），或用 pdftotext -layout 等保留表格行的方式转换")
        case .columnsOutOfOrder(let first, let second):
            return Diagnostic(line: line,
                "\(table)表头中“\(second)”列排在“\(first)”列之前，与模板的列序不同；纯文本中无法确定每个数字属于哪一列，全部留空",
                hint: "请改用原件（网页、Word 或 PDF），或把表格保存为带分隔符的表格（如 Markdown 表格）")
        }
    }
}
