/// Works out province, city and county from the places a report names itself:
/// its contact address, agency name, title and preamble, in that order of trust.
enum RegionResolver {
    static func resolve(address: String?, agency: String?, title: String?, preamble: String) -> Region {
        let sources = [address, agency, title].compactMap { $0?.filter { !$0.isWhitespace } }
        var region = Region()
        region.province = sources.lazy.compactMap(firstProvince).first

        for source in sources + [preamble] {
            if let (city, end) = firstCity(source) {
                region.city = city
                if region.province == nil { region.province = Gazetteer.provinceOfCity[city] }
                if let county = countyAfter(source, from: end) { region.county = county }
                if region.county != nil { break }
            }
        }
        if region.county == nil, let agency, let county = leadingCounty(agency.filter { !$0.isWhitespace }) {
            region.county = county
        }
        if region.province == nil {
            // A province named in the preamble (`《福建省政府信息公开办法》`), when only one is.
            let named = Set(Gazetteer.provinces.filter { preamble.contains($0) })
            if named.count == 1 { region.province = named.first }
        }
        if let province = region.province, Gazetteer.municipalities.contains(province), region.city == province {
            region.city = nil
        }
        return region
    }

    private static func firstProvince(_ text: String) -> String? {
        firstName(in: text, from: provincesByFirst)?.0
    }

    private static func firstCity(_ text: String) -> (String, String.Index)? {
        firstName(in: text, from: citiesByFirst)
    }

    /// Names grouped by their first character, each group in gazetteer order.
    private static let provincesByFirst = Dictionary(grouping: Gazetteer.provinces, by: { $0.first! })
    private static let citiesByFirst = Dictionary(grouping: Gazetteer.cityNames, by: { $0.first! })

    /// The name that starts earliest in `text` (the first in gazetteer order at that
    /// place) and where it ends. One pass over the text, instead of one search per
    /// name: this ran once per report for every one of 300-odd names.
    private static func firstName(in text: String, from names: [Character: [String]]) -> (String, String.Index)? {
        var index = text.startIndex
        while index < text.endIndex {
            if let candidates = names[text[index]] {
                let rest = text[index...]
                for name in candidates where rest.hasPrefix(name) {
                    return (name, text.index(index, offsetBy: name.count))
                }
            }
            index = text.index(after: index)
        }
        return nil
    }

    /// `茌平区` in `聊城市茌平区中心街`: a short name ending in 区, 县, 市 or 旗 right after the city.
    private static func countyAfter(_ text: String, from index: String.Index) -> String? {
        let rest = Array(text[index...].prefix(8))
        for length in 2...min(7, max(2, rest.count)) where length <= rest.count {
            let last = rest[length - 1]
            if "区县市旗".contains(last) && rest[0..<length].allSatisfy({ $0.unicodeScalars.first!.isHan }) {
                let name = String(rest[0..<length])
                if ["市区", "城区", "辖区", "片区", "园区", "社区", "景区"].contains(where: name.hasSuffix) && length <= 2 { return nil }
                return name
            }
        }
        return nil
    }

    /// `东昌府区` in `东昌府区人民政府办公室`; `平潭综合实验区` standing alone.
    private static func leadingCounty(_ agency: String) -> String? {
        let chars = Array(agency)
        for length in 2...min(8, max(2, chars.count)) where length <= chars.count {
            guard "区县旗".contains(chars[length - 1]) else { continue }
            let rest = String(chars[length...])
            if rest.isEmpty || rest.hasPrefix("人民政府") || rest.hasPrefix("政府") || rest.hasPrefix("管委会") {
                return String(chars[0..<length])
            }
        }
        return nil
    }
}
