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
        Gazetteer.provinces.compactMap { name in text.firstRange(of: name).map { (name, $0.lowerBound) } }
            .min { $0.1 < $1.1 }?.0
    }

    private static func firstCity(_ text: String) -> (String, String.Index)? {
        Gazetteer.cityNames.compactMap { name in text.firstRange(of: name).map { (name, $0) } }
            .min { $0.1.lowerBound < $1.1.lowerBound }.map { ($0.0, $0.1.upperBound) }
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
