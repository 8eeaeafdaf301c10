/// What can be an agency's name: `聊城市茌平区人民政府`, not a site's navigation
/// (`首页>政务公开>政府信息公开年报张店区人民政府办公室`) or a sentence.
enum AgencyName {
    /// Han characters longer than any agency name (`中共某某市委某某工作委员会办公室` is under 30).
    static let maximumLength = 40

    /// Marks of navigation text: breadcrumb separators and the words a site's menu prints.
    static let navigationMarks = ["›", "»", "|", "｜", "首页", "当前位置", "您的位置", "位置：", "位置:", "主页", "网站地图",
                                  "无障碍", "登录", "注册", "English"]

    /// Why `name` cannot be an agency's name, or nil when it can be.
    static func refusal(_ name: String) -> String? {
        let han = name.unicodeScalars.filter(\.isHan).count
        if han > maximumLength || name.count > 2 * maximumLength { return "长于任何机关名称（\(name.count) 字）" }
        if let mark = navigationMarks.first(where: { name.contains($0) }) { return "含有网页导航文字“\(mark)”" }
        // `首页>政务公开>…`; the `>` of markup comes with its `<` (and is escaped where published).
        if name.filter({ $0 == ">" || $0 == "＞" }).count > name.filter({ $0 == "<" }).count { return "含有网页导航文字“>”" }
        if name.contains("。") || name.contains("，") { return "是一句话，不是机关名称" }
        if !name.unicodeScalars.contains(where: \.isHan) { return "没有中文" }
        return nil
    }

    /// The agency a title names before its year, the part after the last separator a page
    /// title or breadcrumb puts before it (`首页>政务公开>冠县人民政府2024年…`, `冠县-2024年…`).
    static func fromTitle(_ title: String) -> (agency: String, year: Int)? {
        // The year must follow the name directly, as in a report's title.
        guard let (prefix, year) = MetadataReader.agencyAndYear(in: title) else { return nil }
        let separators: Set<Character> = [">", "›", "»", "|", "｜", "_", "—", "-", "·", "：", ":", " "]
        let agency = String(prefix.reversed().prefix { !separators.contains($0) }.reversed()).trimmingSpaces
        guard agency.count >= 2, refusal(agency) == nil else { return nil }
        return (agency, year)
    }
}
