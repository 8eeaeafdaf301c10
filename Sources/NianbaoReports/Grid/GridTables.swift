/// Which of a document's grids hold tables 2, 3 and 4, with tables continued over a page
/// break joined into one grid.
///
/// A grid is classified by the words only each table prints, not by the part it sits in,
/// so reports that put the tables under their own titles or the parts in another order
/// are read the same. A grid with none of the words that follows a table with the same
/// number of columns continues it (a page break without a repeated header).
struct GridTables: Sendable {
    var activeDisclosure: TableGrid?
    var applications: TableGrid?
    var reviewLitigation: TableGrid?

    enum Kind: CaseIterable { case activeDisclosure, applications, reviewLitigation }

    static let markers: [Kind: [String]] = [
        .activeDisclosure: ["规章", "规范性文件", "行政许可", "行政处罚", "行政强制", "行政事业性收费", "制发件数", "现行有效",
                            "处理决定", "信息内容", "新制作数量", "政府集中采购"],
        .applications: ["自然人", "商业企业", "科研机构", "本年新收", "上年结转", "予以公开", "部分公开", "不予公开", "无法提供",
                        "不予处理", "结转下年度", "国家秘密"],
        .reviewLitigation: ["行政复议", "行政诉讼", "维持", "纠正", "尚未审结", "直接起诉", "复议后起诉"],
    ]

    static func kinds(of grid: TableGrid) -> Set<Kind> {
        let han = HanMatch.han(grid.hanText)
        var kinds = Set<Kind>()
        for (kind, words) in markers where words.filter({ HanMatch.contains(han, HanMatch.han($0)) }).count >= 3 {
            kinds.insert(kind)
        }
        // Table 3 names 行政复议 nowhere, table 4 names no applicant; a grid with both holds both.
        return kinds
    }

    init(_ grids: [TableGrid]) {
        var joined: [Kind: TableGrid] = [:]
        var previous: (kinds: Set<Kind>, columns: Int)?
        for grid in grids {
            var kinds = GridTables.kinds(of: grid)
            if kinds.isEmpty, let previous, previous.columns == grid.columnCount, previous.kinds.count == 1 {
                kinds = previous.kinds
            }
            for kind in kinds {
                // A later grid of the same kind continues the first only when its columns line up.
                if let first = joined[kind] {
                    // Table 二's sub-tables each have their own header, so their widths may differ.
                    if previous?.kinds.contains(kind) == true, first.columnCount == grid.columnCount || kind == .activeDisclosure {
                        joined[kind] = first.appending(grid)
                    }
                } else {
                    joined[kind] = grid
                }
            }
            previous = kinds.isEmpty ? nil : (kinds, grid.columnCount)
        }
        activeDisclosure = joined[.activeDisclosure]
        applications = joined[.applications]
        reviewLitigation = joined[.reviewLitigation]
    }
}
