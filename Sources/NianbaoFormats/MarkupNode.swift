/// An element or text of an HTML or XML document, copied out of libxml2's tree
/// so the readers work on plain Swift values.
indirect enum MarkupNode: Sendable {
    case element(Element)
    case text(String)

    struct Element: Sendable {
        /// Lower-cased local name, without namespace prefix (`p`, `td`, `tc` for `w:tc`).
        var name: String
        /// Attributes by local name (`w:val` → `val`), values as written.
        var attributes: [String: String]
        var children: [MarkupNode]
        /// 1-based line in the source, where libxml2 knows it.
        var line: Int?

        subscript(attribute: String) -> String? { attributes[attribute] }

        /// Child elements named `name`.
        func elements(_ name: String) -> [Element] {
            children.compactMap { if case .element(let e) = $0, e.name == name { return e } else { return nil } }
        }

        /// All text below this element, in order.
        var text: String {
            var result = ""
            func collect(_ node: MarkupNode) {
                switch node {
                case .text(let text): result += text
                case .element(let element): element.children.forEach(collect)
                }
            }
            children.forEach(collect)
            return result
        }
    }
}
