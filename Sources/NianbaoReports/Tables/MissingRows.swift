extension RowLocator {
    /// One warning for all the rows of a table whose labels were not found: a file cut off
    /// in the middle of a table is one problem, not twenty.
    static func missingRowsWarning(table: String, labels: [String], line: Int) -> Diagnostic? {
        switch labels.count {
        case 0:
            return nil
        case 1:
            return Diagnostic(line: line, "\(table)没有找到“\(labels[0])”行，该行留空", hint: "请核对原文\(table)的行标签")
        default:
            let list = labels.map { "“\($0)”" }.joined(separator: "")
            return Diagnostic(line: line, "\(table)没有找到以下 \(labels.count) 行，这些行留空：\(list)",
                              hint: "请核对原文\(table)的行标签；若原文在表中被截断，请补全文件")
        }
    }
}
