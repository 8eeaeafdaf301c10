/// Table 4: administrative reviews and lawsuits about information disclosure.
public struct ReviewAndLitigation: Codable, Sendable, Equatable {
    /// One group of five figures.
    public struct Outcomes: Codable, Sendable, Equatable {
        public var upheld: Cell<Int>
        public var corrected: Cell<Int>
        public var other: Cell<Int>
        public var pending: Cell<Int>
        public var total: Cell<Int>

        public static let keys = ["upheld", "corrected", "other", "pending", "total"]
        public static let labels = ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"]

        public init(_ cells: [Cell<Int>]) {
            upheld = cells[0]; corrected = cells[1]; other = cells[2]; pending = cells[3]; total = cells[4]
        }

        public var cells: [Cell<Int>] { [upheld, corrected, other, pending, total] }
    }

    public var administrativeReview: Outcomes
    public var litigationDirect: Outcomes
    public var litigationAfterReview: Outcomes

    public static let groupKeys = ["administrativeReview", "litigationDirect", "litigationAfterReview"]
    public static let groupLabels = ["行政复议", "行政诉讼（未经复议直接起诉）", "行政诉讼（复议后起诉）"]

    public var groups: [Outcomes] { [administrativeReview, litigationDirect, litigationAfterReview] }

    public init(cells: [Cell<Int>]) {
        administrativeReview = Outcomes(Array(cells[0..<5]))
        litigationDirect = Outcomes(Array(cells[5..<10]))
        litigationAfterReview = Outcomes(Array(cells[10..<15]))
    }

    public static var empty: ReviewAndLitigation { ReviewAndLitigation(cells: Array(repeating: .missing, count: 15)) }
}
