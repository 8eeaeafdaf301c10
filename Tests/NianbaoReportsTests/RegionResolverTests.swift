import Testing
@testable import NianbaoReports

@Suite struct RegionResolverTests {
    @Test(arguments: [
        ("杭州市富阳区统计局", Region(province: "浙江省", city: "杭州市", county: "富阳区")),
        ("福州市鼓楼区人民政府", Region(province: "福建省", city: "福州市", county: "鼓楼区")),
        ("聊城市茌平区人民政府", Region(province: "山东省", city: "聊城市", county: "茌平区")),
        ("延边朝鲜族自治州延吉市人民政府", Region(province: "吉林省", city: "延边朝鲜族自治州", county: "延吉市")),
    ])
    func namesTheCityWithItsSuffixAndTheCountyAfterIt(agency: String, expected: Region) {
        #expect(RegionResolver.resolve(address: nil, agency: agency, title: nil, preamble: "") == expected)
    }
}
