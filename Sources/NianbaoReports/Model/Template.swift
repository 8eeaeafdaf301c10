/// The official layout a report follows.
public enum Template: String, Codable, Sendable, Equatable {
    /// 国办公开办函〔2019〕60号, used by the 2019 and 2020 reports.
    case y2019 = "2019"
    /// 国办公开办函〔2021〕30号, used since the 2021 reports.
    case y2021 = "2021"
}
