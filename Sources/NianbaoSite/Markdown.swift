#if canImport(Glibc)
import Glibc
#endif
import CCmark

/// Markdown → HTML through libcmark, with cmark's safe default: raw HTML is
/// dropped and `javascript:`/`data:` links are removed. Images become links to
/// the image, so a page never loads anything from outside the site (and still
/// works offline). The output is a trusted source of HTML for the site's templates.
public enum Markdown {
    public static func html(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        guard let document = bytes.withUnsafeBufferPointer({ buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: max(buffer.count, 1)) {
                cmark_parse_document($0, buffer.count, CMARK_OPT_DEFAULT)
            }
        }) else { return "" }
        defer { cmark_node_free(document) }
        replaceImagesWithLinks(document)
        guard let pointer = cmark_render_html(document, CMARK_OPT_DEFAULT) else { return "" }
        defer { free(pointer) }
        return String(cString: pointer)
    }

    /// Why collect first: cmark's iterator must not see the tree change under it.
    private static func replaceImagesWithLinks(_ document: OpaquePointer) {
        var images: [OpaquePointer] = []
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while cmark_iter_next(iterator) != CMARK_EVENT_DONE {
            if let node = cmark_iter_get_node(iterator), cmark_node_get_type(node) == CMARK_NODE_IMAGE,
               cmark_iter_get_event_type(iterator) == CMARK_EVENT_ENTER {
                images.append(node)
            }
        }
        for image in images {
            guard let link = cmark_node_new(CMARK_NODE_LINK) else { continue }
            // An inline `data:` image would be a link to itself: keep the alt text only.
            let url = cmark_node_get_url(image).map { String(cString: $0) } ?? ""
            cmark_node_set_url(link, url.lowercased().hasPrefix("data:") ? "" : url)
            cmark_node_set_title(link, cmark_node_get_title(image))
            while let child = cmark_node_first_child(image) { cmark_node_append_child(link, child) }
            cmark_node_insert_before(image, link)
            cmark_node_free(image)
        }
    }
}
