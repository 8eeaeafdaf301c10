/// Table 2: information the agency published on its own initiative.
///
/// The 2021 and 2019 templates count differently; each keeps its own fields
/// and the other template's stay missing, so a chart never mixes meanings.
public struct ActiveDisclosure: Codable, Sendable, Equatable {
    /// Rules or normative documents.
    public struct Documents: Codable, Sendable, Equatable {
        // 2021 template
        public var issued: Cell<Int> = .missing
        public var repealed: Cell<Int> = .missing
        public var inForce: Cell<Int> = .missing
        // 2019 template
        public var made: Cell<Int> = .missing
        public var published: Cell<Int> = .missing
        public var publishedTotal: Cell<Int> = .missing
        public init() {}
    }

    /// 2019 template: item counts beside a decision count.
    public struct Items: Codable, Sendable, Equatable {
        public var previousYear: Cell<Int> = .missing
        public var change: Cell<Int> = .missing
        public init() {}
    }

    /// 2019 template: central government procurement.
    public struct Procurement: Codable, Sendable, Equatable {
        public var projects: Cell<Int> = .missing
        public var amount: Cell<DecimalNumber> = .missing
        public var unit: String?
        public init() {}
    }

    public var template: Template
    public var rules = Documents()
    public var normativeDocuments = Documents()
    public var licensing: Cell<Int> = .missing
    public var penalties: Cell<Int> = .missing
    public var coercion: Cell<Int> = .missing
    /// 本年收费金额, in 万元 (2021 template only).
    public var fees: Cell<DecimalNumber> = .missing
    // 2019 template only
    public var licensingItems = Items()
    public var otherServices: Cell<Int> = .missing
    public var otherServicesItems = Items()
    public var penaltiesItems = Items()
    public var coercionItems = Items()
    public var feesItems = Items()
    public var procurement = Procurement()

    public init(template: Template) { self.template = template }
}
