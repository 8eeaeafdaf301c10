/// Table 3: requests received and how they were handled, by applicant type.
public struct Applications: Codable, Sendable, Equatable {
    /// JSON names of the seven columns, in order.
    public static let columns = ["naturalPersons", "businesses", "researchInstitutions", "nonprofits",
                                 "legalServices", "otherOrganizations", "total"]
    public static let columnLabels = ["自然人", "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", "总计"]

    /// Seven cells per row, indexed by `ApplicationRow.rawValue`.
    public var rows: [[Cell<Int>]]

    public init(rows: [[Cell<Int>]]) { self.rows = rows }

    public static var empty: Applications {
        Applications(rows: Array(repeating: Array(repeating: .missing, count: 7), count: ApplicationRow.allCases.count))
    }

    public subscript(row: ApplicationRow) -> [Cell<Int>] {
        get { rows[row.rawValue] }
        set { rows[row.rawValue] = newValue }
    }

    public func value(_ row: ApplicationRow, _ column: Int) -> Int? { rows[row.rawValue][column].value }
}
