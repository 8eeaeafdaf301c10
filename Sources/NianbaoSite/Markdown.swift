#if canImport(Glibc)
import Glibc
#endif
import CCmark

/// Markdown → HTML through libcmark, with cmark's safe default: raw HTML is
/// dropped and `javascript:`/`data:` links are removed. The output is a
/// trusted source of HTML for the site's templates.
public enum Markdown {
    public static func html(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard let pointer = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_markdown_to_html($0, buffer.count, CMARK_OPT_DEFAULT)
            }
        }) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
