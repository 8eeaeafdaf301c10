/// Whether a text report is Markdown, whose raw HTML, entities and pandoc spans are markup
/// (`InlineMarkup`), not printed text: a plain-text report that prints `<script>` prints it.
public enum MarkdownFile {
    /// Named `.md` or `.markdown`.
    public static func isNamed(_ file: String) -> Bool {
        let lower = file.lowercased()
        return lower.hasSuffix(".md") || lower.hasSuffix(".markdown")
    }

    /// So named, or holding a pipe table's rule line or a pandoc fenced-div line (`::: {…}`).
    public static func isMarkdown(file: String, text: String) -> Bool {
        if isNamed(file) { return true }
        for line in text.utf8.split(separator: 0x0A) {
            if line.starts(with: ":::".utf8) || isPipeTableRule(line) { return true }
        }
        return false
    }

    /// A Markdown pipe table's rule line (`|---|:---:|`) anywhere in the bytes.
    public static func hasPipeTableRule(_ bytes: [UInt8]) -> Bool {
        bytes.split(separator: 0x0A).contains { isPipeTableRule($0) }
    }

    static func isPipeTableRule(_ line: some Collection<UInt8>) -> Bool {
        let trimmed = line.drop { $0 == 0x20 || $0 == 0x09 }
        guard trimmed.first == UInt8(ascii: "|"), trimmed.count >= 5 else { return false }
        var dashes = 0
        for byte in trimmed {
            switch byte {
            case UInt8(ascii: "-"): dashes += 1
            case UInt8(ascii: "|"), UInt8(ascii: ":"), 0x20, 0x09, 0x0D: continue
            default: return false
            }
        }
        return dashes >= 3
    }
}
