/// How each of the six parts' titles is recognised.
///
/// A title is a sequence of Han fragments with short gaps, so that the
/// template's wording variants match (`行政复议、行政诉讼情况`,
/// `被申请行政复议、提起行政诉讼的情况`, even `行政法复议`).
struct SectionTitle: Sendable {
    var number: Int
    var numeral: Unicode.Scalar
    /// The title as the template prints it, used when a report's own is unreadable.
    var canonical: String
    var fragments: [String]
    /// Most Han characters allowed between fragment i and i+1.
    var gaps: [Int]

    static let all: [SectionTitle] = [
        SectionTitle(number: 1, numeral: "一", canonical: "总体情况", fragments: ["总体情况"], gaps: []),
        SectionTitle(number: 2, numeral: "二", canonical: "主动公开政府信息情况",
                     fragments: ["主动公开", "情况"], gaps: [5]),
        SectionTitle(number: 3, numeral: "三", canonical: "收到和处理政府信息公开申请情况",
                     fragments: ["收到", "处理", "申请", "情况"], gaps: [1, 8, 1]),
        SectionTitle(number: 4, numeral: "四", canonical: "政府信息公开行政复议、行政诉讼情况",
                     fragments: ["复议", "诉讼", "情况"], gaps: [6, 1]),
        SectionTitle(number: 5, numeral: "五", canonical: "存在的主要问题及改进情况",
                     fragments: ["主要问题", "改进"], gaps: [3]),
        SectionTitle(number: 6, numeral: "六", canonical: "其他需要报告的事项",
                     fragments: ["其他需要报告"], gaps: []),
    ]
}
