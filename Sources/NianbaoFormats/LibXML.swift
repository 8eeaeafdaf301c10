import CLibXML2

/// Parses HTML or XML with libxml2 and copies the tree into `MarkupNode`s.
enum LibXML {
    /// HTML, as browsers read it: recovering from errors, no network, no error output.
    /// `encoding` overrides the page's own declaration (nil: libxml2 reads `<meta charset>`).
    static func html(_ bytes: [UInt8], encoding: String?) -> MarkupNode.Element? {
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
                            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue)
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                htmlReadMemory(pointer, Int32(buffer.count), nil, encoding, options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).flatMap { element($0) }
    }

    /// XML (for Word's parts): no network, no entities from outside, no error output.
    static func xml(_ bytes: [UInt8]) -> MarkupNode.Element? {
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue
                            | XML_PARSE_NONET.rawValue | XML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        let document: xmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress!.withMemoryRebound(to: CChar.self, capacity: buffer.count) { pointer in
                xmlReadMemory(pointer, Int32(buffer.count), nil, "UTF-8", options)
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        return xmlDocGetRootElement(document).flatMap { element($0) }
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>?) -> String {
        guard let pointer else { return "" }
        return String(cString: pointer)
    }

    /// Copies an element and everything below it. Iterative over siblings, recursive
    /// over depth; libxml2 itself caps depth at 256 levels unless XML_PARSE_HUGE.
    private static func element(_ node: xmlNodePtr) -> MarkupNode.Element? {
        guard node.pointee.type == XML_ELEMENT_NODE else { return nil }
        var attributes: [String: String] = [:]
        var attribute = node.pointee.properties
        while let current = attribute {
            var value = ""
            var child = current.pointee.children
            while let text = child {
                value += string(text.pointee.content)
                child = text.pointee.next
            }
            attributes[string(current.pointee.name).lowercased()] = value
            attribute = current.pointee.next
        }
        var children: [MarkupNode] = []
        var child = node.pointee.children
        while let current = child {
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                if let element = element(current) { children.append(.element(element)) }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                children.append(.text(string(current.pointee.content)))
            default:
                break
            }
            child = current.pointee.next
        }
        let line = Int(xmlGetLineNo(node))
        return MarkupNode.Element(name: string(node.pointee.name).lowercased(), attributes: attributes,
                                  children: children, line: line > 0 ? line : nil)
    }
}
