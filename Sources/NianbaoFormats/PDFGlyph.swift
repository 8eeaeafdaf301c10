/// One character a PDF page draws, with its box in points (origin top left).
struct PDFGlyph: Sendable {
    var character: Character
    var x1: Double, y1: Double, x2: Double, y2: Double
    var height: Double { y2 - y1 }
    var centreY: Double { (y1 + y2) / 2 }
}
