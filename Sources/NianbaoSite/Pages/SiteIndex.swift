import NianbaoReports

/// Everything the pages need to find one another: agencies with their
/// years, years with their reports, and the region tree. Built once, sorted,
/// so page order never depends on input order.
struct SiteIndex {
    /// A province, city or county, named by the path from the province down.
    struct Place: Hashable, Comparable {
        var names: [String]
        var name: String { names.last ?? "" }
        static func < (a: Place, b: Place) -> Bool { a.names.lexicographicallyPrecedes(b.names) }
    }

    let reports: [PublishedReport]
    /// Agency name → its reports, oldest year first.
    let agencies: [(name: String, reports: [PublishedReport])]
    let years: [Int]
    let places: [Place]
    let agencySlugs: [String: String]
    let placeSlugs: [Place: String]
    /// Each place's reports (its own and its sub-places'), in site order.
    private let byPlace: [Place: [PublishedReport]]
    /// The reports whose deepest place is this one; under nil, those with no place.
    let byHome: [Place?: [PublishedReport]]
    /// Each place's sub-places, sorted; under nil, the provinces.
    private let subPlaces: [Place?: [Place]]

    init(_ reports: [PublishedReport], slugOverrides: [String: String]) {
        // One agency sits in one place: the most complete region any of its reports gives
        // (the newest among equals), so a year whose text omits the province is not filed apart.
        var best: [String: Region] = [:]
        for report in reports.sorted(by: { $0.year < $1.year }) {
            let known = SiteIndex.places(of: report.region).count
            if known >= (best[report.agency].map { SiteIndex.places(of: $0).count } ?? 0) { best[report.agency] = report.region }
        }
        let sorted = reports.map { report -> PublishedReport in
            var copy = report
            copy.placement = best[report.agency] ?? report.region
            return copy
        }.sorted { ($0.agency, $0.year) < ($1.agency, $1.year) }
        self.reports = sorted
        var byAgency: [String: [PublishedReport]] = [:]
        for report in sorted { byAgency[report.agency, default: []].append(report) }
        agencies = byAgency.keys.sorted().map { ($0, byAgency[$0]!) }
        years = Array(Set(sorted.map(\.year))).sorted()
        var places = Set<Place>()
        for report in sorted {
            for place in SiteIndex.places(of: report.region) { places.insert(place) }
        }
        self.places = places.sorted()
        agencySlugs = Slugger.assign(agencies.map(\.name), overrides: slugOverrides)
        // Found once, not filtered per page: a site of 50,000 reports has thousands of places.
        var byPlace: [Place: [PublishedReport]] = [:]
        var byHome: [Place?: [PublishedReport]] = [:]
        for report in sorted {
            let chain = SiteIndex.places(of: report.region)
            for place in chain { byPlace[place, default: []].append(report) }
            byHome[chain.last, default: []].append(report)
        }
        self.byPlace = byPlace
        self.byHome = byHome
        var subPlaces: [Place?: [Place]] = [:]
        for place in self.places {
            subPlaces[place.names.count == 1 ? nil : Place(names: Array(place.names.dropLast())), default: []].append(place)
        }
        self.subPlaces = subPlaces
        let placeNames = self.places.map { $0.names.joined(separator: " ") }
        let slugs = Slugger.assign(placeNames)
        placeSlugs = Dictionary(uniqueKeysWithValues: self.places.map { ($0, slugs[$0.names.joined(separator: " ")]!) })
    }

    /// The province, city and county of a region, each as a place (only those known).
    static func places(of region: Region) -> [Place] {
        let names = [region.province, region.city, region.county].compactMap { $0 }
        return names.indices.map { Place(names: Array(names[...$0])) }
    }

    /// The deepest place of a report, for grouping in the agency index.
    static func home(of region: Region) -> Place? { places(of: region).last }

    func reports(in place: Place) -> [PublishedReport] { byPlace[place] ?? [] }

    func children(of place: Place?) -> [Place] { subPlaces[place] ?? [] }
}
