/// Joins glyph fragments on neighbouring lines into the cells they belong to.
///
/// Fragments that overlap horizontally and sit closer than a third of a line apart are one
/// cell: lines of one cell are closer than lines of cells that padding separates, and
/// overlap (rather than a shared left edge) joins centred text as well as left-aligned.
enum PDFCellJoiner {
    /// The cells, each its fragments top to bottom, in reading order.
    /// - Parameter startsCell: a lower fragment that never joins the one above it.
    static func cells(_ fragments: [PDFLayout.Fragment],
                      startsCell: (PDFLayout.Fragment) -> Bool = { _ in false }) -> [[PDFLayout.Fragment]] {
        var parent = Array(fragments.indices)
        func root(_ i: Int) -> Int { var i = i; while parent[i] != i { parent[i] = parent[parent[i]]; i = parent[i] }; return i }
        let byTop = fragments.indices.sorted { fragments[$0].y1 < fragments[$1].y1 }
        for (position, a) in byTop.enumerated() {
            for b in byTop[(position + 1)...] {
                let upper = fragments[a], lower = fragments[b]
                if lower.y1 - upper.y2 > 0.35 * (upper.y2 - upper.y1) { break }
                guard lower.line != upper.line, lower.y1 >= upper.y2 - 0.5 * (upper.y2 - upper.y1),
                      min(upper.x2, lower.x2) > max(upper.x1, lower.x1), !startsCell(lower) else { continue }
                parent[root(b)] = root(a)
            }
        }
        return Dictionary(grouping: fragments.indices, by: root).values
            .map { $0.map { fragments[$0] }.sorted { ($0.y1, $0.x1) < ($1.y1, $1.x1) } }
            .sorted { ($0[0].y1, $0[0].x1) < ($1[0].y1, $1[0].x1) }
    }
}
