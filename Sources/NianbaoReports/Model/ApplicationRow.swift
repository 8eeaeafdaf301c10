/// The 25 rows of table 3, in the template's order.
public enum ApplicationRow: Int, Codable, CaseIterable, Sendable {
    case newRequests, carriedOver, disclosed, partiallyDisclosed
    case stateSecret, legallyProhibited, securityStability, thirdPartyRights
    case internalAffairs, processInformation, enforcementFiles, queryMatters
    case notHeld, needsCreation, stillUnclear
    case petitions, duplicate, publications, excessive, confirmation
    case noCorrection, unpaidFees, other
    case totalProcessed, carriedForward

    /// The JSON path under `applications.rows`, e.g. `["withheld", "stateSecret"]`.
    public var path: [String] {
        switch self {
        case .newRequests: return ["newRequests"]
        case .carriedOver: return ["carriedOver"]
        case .disclosed: return ["disclosed"]
        case .partiallyDisclosed: return ["partiallyDisclosed"]
        case .stateSecret: return ["withheld", "stateSecret"]
        case .legallyProhibited: return ["withheld", "legallyProhibited"]
        case .securityStability: return ["withheld", "securityStability"]
        case .thirdPartyRights: return ["withheld", "thirdPartyRights"]
        case .internalAffairs: return ["withheld", "internalAffairs"]
        case .processInformation: return ["withheld", "processInformation"]
        case .enforcementFiles: return ["withheld", "enforcementFiles"]
        case .queryMatters: return ["withheld", "queryMatters"]
        case .notHeld: return ["unavailable", "notHeld"]
        case .needsCreation: return ["unavailable", "needsCreation"]
        case .stillUnclear: return ["unavailable", "stillUnclear"]
        case .petitions: return ["notProcessed", "petitions"]
        case .duplicate: return ["notProcessed", "duplicate"]
        case .publications: return ["notProcessed", "publications"]
        case .excessive: return ["notProcessed", "excessive"]
        case .confirmation: return ["notProcessed", "confirmation"]
        case .noCorrection: return ["otherOutcomes", "noCorrection"]
        case .unpaidFees: return ["otherOutcomes", "unpaidFees"]
        case .other: return ["otherOutcomes", "other"]
        case .totalProcessed: return ["totalProcessed"]
        case .carriedForward: return ["carriedForward"]
        }
    }

    /// Dotted key as the spec writes it: `withheld.stateSecret`.
    public var key: String { path.joined(separator: ".") }

    /// The row's label as printed in the template.
    public var label: String {
        ["本年新收政府信息公开申请数量", "上年结转政府信息公开申请数量", "予以公开", "部分公开",
         "属于国家秘密", "其他法律行政法规禁止公开", "危及“三安全一稳定”", "保护第三方合法权益",
         "属于三类内部事务信息", "属于四类过程性信息", "属于行政执法案卷", "属于行政查询事项",
         "本机关不掌握相关政府信息", "没有现成信息需要另行制作", "补正后申请内容仍不明确",
         "信访举报投诉类申请", "重复申请", "要求提供公开出版物", "无正当理由大量反复申请",
         "要求行政机关确认或重新出具已获取信息",
         "申请人无正当理由逾期不补正", "申请人逾期未按收费通知要求缴纳费用", "其他",
         "总计", "结转下年度继续办理"][rawValue]
    }

    /// The label the row is found by: the 2019 template has no rows under （六）其他处理, so
    /// there that row is `other`.
    public func key(_ template: Template?) -> String {
        self == .other && template == .y2019 ? "其他处理" : label
    }

    /// The list number printed before the label inside its group.
    public var numbering: Int? {
        switch self {
        case .stateSecret, .notHeld, .petitions, .noCorrection: return 1
        case .legallyProhibited, .needsCreation, .duplicate, .unpaidFees: return 2
        case .securityStability, .stillUnclear, .publications, .other: return 3
        case .thirdPartyRights, .excessive: return 4
        case .internalAffairs, .confirmation: return 5
        case .processInformation: return 6
        case .enforcementFiles: return 7
        case .queryMatters: return 8
        default: return nil
        }
    }

    /// Rows only the 2021 template has: the 2019 template prints one （六）其他处理 row instead.
    public static let templateOptional: Set<ApplicationRow> = [.noCorrection, .unpaidFees]

    /// Rows 3–23: the outcomes that add up to `totalProcessed` (rule C3).
    public static var outcomes: [ApplicationRow] { Array(allCases[2...22]) }
}
