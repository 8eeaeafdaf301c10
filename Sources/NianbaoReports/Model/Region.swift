/// Where an agency sits, as far as the report tells.
public struct Region: Codable, Sendable, Equatable, Hashable {
    public var province: String?
    public var city: String?
    public var county: String?

    public init(province: String? = nil, city: String? = nil, county: String? = nil) {
        self.province = province
        self.city = city
        self.county = county
    }
}
