import NianbaoReports

/// The figures the index pages compare, taken from a report's table 3 and 4 totals.
struct KeyFigures {
    var newRequests: Int?
    var disclosed: Int?
    var partiallyDisclosed: Int?
    var withheld: Int?
    var unavailable: Int?
    var notProcessed: Int?
    var totalProcessed: Int?
    var reviews: Int?
    var lawsuits: Int?

    init(_ report: Report) {
        let a = report.applications
        func total(_ rows: [ApplicationRow]) -> Int? {
            let values = rows.map { a.value($0, 6) }
            return values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + $1! }
        }
        newRequests = a.value(.newRequests, 6)
        disclosed = a.value(.disclosed, 6)
        partiallyDisclosed = a.value(.partiallyDisclosed, 6)
        withheld = total([.stateSecret, .legallyProhibited, .securityStability, .thirdPartyRights,
                          .internalAffairs, .processInformation, .enforcementFiles, .queryMatters])
        unavailable = total([.notHeld, .needsCreation, .stillUnclear])
        notProcessed = total([.petitions, .duplicate, .publications, .excessive, .confirmation])
        totalProcessed = a.value(.totalProcessed, 6)
        reviews = report.reviewAndLitigation.administrativeReview.total.value
        if let direct = report.reviewAndLitigation.litigationDirect.total.value,
           let after = report.reviewAndLitigation.litigationAfterReview.total.value {
            lawsuits = direct + after
        }
    }

    /// Share of processed requests fully disclosed, as `54.5%`; nil when unknown or nothing processed.
    var shareFullyDisclosed: String? {
        guard let disclosed, let totalProcessed, totalProcessed > 0 else { return nil }
        let tenths = (disclosed * 1000 + totalProcessed / 2) / totalProcessed
        return "\(tenths / 10).\(tenths % 10)%"
    }

    static func show(_ value: Int?) -> String { value.map(String.init) ?? "—" }

    /// `+12`, `-3`, `0`; `—` when either year is unknown.
    static func change(_ value: Int?, from previous: Int?) -> String {
        guard let value, let previous else { return "—" }
        let delta = value - previous
        return delta > 0 ? "+\(delta)" : String(delta)
    }

    /// Sum over several reports, nil when any is unknown.
    static func sum(_ values: [Int?]) -> Int? {
        values.contains { $0 == nil } ? nil : values.reduce(0) { $0 + $1! }
    }
}
