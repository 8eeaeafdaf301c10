extension ActiveDisclosure {
    /// Table 2 from its rows' cells, rows in the template's order (see the readers' row lists):
    /// 2021: 规章, 行政规范性文件, 行政许可, 行政处罚, 行政强制, 行政事业性收费 (decimal);
    /// 2019: 规章, 规范性文件, 行政许可, 其他对外管理服务事项, 行政处罚, 行政强制, 行政事业性收费,
    /// 政府集中采购 (projects, then the amount as a decimal).
    /// - Parameters:
    ///   - integer: the integer cell of row `r`, column `c`, asked for once each.
    ///   - decimal: the decimal cell of row `r`, column `c`.
    init(template: Template, integer: (Int, Int) -> Cell<Int>, decimal: (Int, Int) -> Cell<DecimalNumber>, unit: String?) {
        self.init(template: template)
        func integers(_ row: Int, _ count: Int) -> [Cell<Int>] { (0..<count).map { integer(row, $0) } }
        let rules = integers(0, 3), documents = integers(1, 3)
        if template == .y2021 {
            self.rules.issued = rules[0]; self.rules.repealed = rules[1]; self.rules.inForce = rules[2]
            normativeDocuments.issued = documents[0]; normativeDocuments.repealed = documents[1]
            normativeDocuments.inForce = documents[2]
            licensing = integer(2, 0)
            penalties = integer(3, 0)
            coercion = integer(4, 0)
            fees = decimal(5, 0)
            return
        }
        self.rules.made = rules[0]; self.rules.published = rules[1]; self.rules.publishedTotal = rules[2]
        normativeDocuments.made = documents[0]; normativeDocuments.published = documents[1]
        normativeDocuments.publishedTotal = documents[2]
        func items(_ row: Int) -> (Items, Cell<Int>) {
            let cells = integers(row, 3)
            var items = Items()
            items.previousYear = cells[0]; items.change = cells[1]
            return (items, cells[2])
        }
        (licensingItems, licensing) = items(2)
        (otherServicesItems, otherServices) = items(3)
        (penaltiesItems, penalties) = items(4)
        (coercionItems, coercion) = items(5)
        let fees = integers(6, 2)
        feesItems.previousYear = fees[0]; feesItems.change = fees[1]
        procurement.projects = integer(7, 0)
        procurement.amount = decimal(7, 1)
        procurement.unit = unit
    }
}
