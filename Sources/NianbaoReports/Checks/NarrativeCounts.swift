/// Counts the narrative states in words, for rule C5 (and to settle table 4).
///
/// Read clause by clause (`，` `。` `；`): a clause counts only when it speaks of
/// the report's own year (no other year is named in its sentence).
struct NarrativeCounts: Sendable, Equatable {
    struct Statement: Sendable, Equatable {
        enum Kind: Sendable { case requests, reviews, lawsuits, lawsuitsDirect, lawsuitsAfterReview }
        var kind: Kind
        var value: Int
        var text: String
        var line: Int
    }

    var statements: [Statement] = []

    var review: Int? { statements.first { $0.kind == .reviews }?.value }
    var lawsuits: Int? { statements.first { $0.kind == .lawsuits }?.value }

    static func read(_ document: SourceDocument, ranges: [Range<Int>], year: Int?) -> NarrativeCounts {
        var counts = NarrativeCounts()
        for range in ranges {
            let text = document.folded
            var sentenceStart = range.lowerBound
            var index = range.lowerBound
            while index <= range.upperBound {
                if index == range.upperBound || "。；;\n".unicodeScalars.contains(text[index]) {
                    if index > sentenceStart {
                        counts.read(sentence: sentenceStart..<index, document: document, year: year)
                    }
                    sentenceStart = index + 1
                }
                index += 1
            }
        }
        return counts
    }

    private mutating func read(sentence: Range<Int>, document: SourceDocument, year: Int?) {
        let scan = TextScan(document.folded[sentence])
        // Another year named in the sentence: the figures may be that year's.
        for offset in scan.occurrences(of: "年") where offset >= 4 {
            if let other = Int(String(String.UnicodeScalarView(scan.scalars[(offset - 4)..<offset]))),
               (1990...2100).contains(other), other != year { return }
        }
        var clauseStart = 0
        for index in 0...scan.scalars.count {
            if index == scan.scalars.count || "，,、：:".unicodeScalars.contains(scan.scalars[index]) {
                if index > clauseStart {
                    let clause = TextScan(scan.scalars[clauseStart..<index])
                    read(clause: clause, line: document.line(at: sentence.lowerBound + clauseStart))
                }
                clauseStart = index + 1
            }
        }
    }

    private mutating func read(clause: TextScan, line: Int) {
        let text = clause.string
        guard text.containsText("复议") || text.containsText("诉讼") || text.containsText("申请") else { return }
        func count(after keyword: String) -> Int? {
            for offset in clause.occurrences(of: keyword) {
                var index = offset + keyword.unicodeScalars.count
                var skipped = 0
                while index < clause.scalars.count, clause.scalars[index].isHan, skipped < 4 { index += 1; skipped += 1 }
                if let (digits, end) = clause.number(at: index), end < clause.scalars.count,
                   "件起宗个".unicodeScalars.contains(clause.scalars[end]) {
                    return Int(digits)
                }
            }
            return nil
        }
        if let value = count(after: "行政复议") {
            statements.append(Statement(kind: .reviews, value: value, text: text, line: line))
        }
        if let value = count(after: "行政诉讼") {
            let kind: Statement.Kind = text.containsText("复议后") ? .lawsuitsAfterReview : text.containsText("直接") ? .lawsuitsDirect : .lawsuits
            statements.append(Statement(kind: kind, value: value, text: text, line: line))
        }
        let excluded = ["复议", "诉讼", "建议", "提案", "结转", "答复", "办结", "办理完毕", "按时", "上年", "同比", "办复"]
        if text.containsText("申请"), ["收到", "受理", "新收"].contains(where: text.containsText),
           !excluded.contains(where: text.containsText) {
            for offset in clause.occurrences(of: "件") where offset > 0 && clause.scalars[offset - 1].isASCIIDigit {
                var start = offset
                while start > 0 && clause.scalars[start - 1].isASCIIDigit { start -= 1 }
                if let value = Int(String(String.UnicodeScalarView(clause.scalars[start..<offset]))) {
                    statements.append(Statement(kind: .requests, value: value, text: text, line: line))
                    break
                }
            }
        }
    }

    /// Rule C5: each stated count against the table.
    func check(_ applications: Applications, _ review: ReviewAndLitigation) -> CheckResult {
        var failures: [CheckResult.Failure] = []
        var checked = 0
        var cells: [String] = []
        for statement in statements {
            let table: Int?
            let paths: [String]
            let name: String
            switch statement.kind {
            case .requests:
                table = applications.value(.newRequests, 6)
                paths = ["applications.rows.newRequests[6]"]
                name = "表三本年新收申请总计"
            case .reviews:
                table = review.administrativeReview.total.value
                paths = ["reviewAndLitigation.administrativeReview.total"]
                name = "表四行政复议总计"
            case .lawsuitsDirect:
                table = review.litigationDirect.total.value
                paths = ["reviewAndLitigation.litigationDirect.total"]
                name = "表四未经复议直接起诉总计"
            case .lawsuitsAfterReview:
                table = review.litigationAfterReview.total.value
                paths = ["reviewAndLitigation.litigationAfterReview.total"]
                name = "表四复议后起诉总计"
            case .lawsuits:
                if let a = review.litigationDirect.total.value, let b = review.litigationAfterReview.total.value {
                    table = a + b
                } else {
                    table = nil
                }
                paths = ["reviewAndLitigation.litigationDirect.total", "reviewAndLitigation.litigationAfterReview.total"]
                name = "表四行政诉讼总计"
            }
            cells += paths
            guard let table else { continue }
            checked += 1
            // "Received" in a narrative sometimes includes requests carried over from last year.
            if statement.kind == .requests, let new = applications.value(.newRequests, 6),
               let carried = applications.value(.carriedOver, 6), new + carried == statement.value {
                continue
            }
            if table != statement.value {
                failures.append(.init(detail: "第 \(statement.line) 行正文“\(statement.text)”为 \(statement.value)，\(name)为 \(table)",
                                      cells: paths))
            }
        }
        let passed: Bool? = checked == 0 ? nil : failures.isEmpty
        let words = "正文所述件数与表格一致"
        let detail = checked == 0 ? "\(words)：正文未写明可核对的件数" :
            failures.isEmpty ? "\(words)：已核对 \(checked) 处，全部相符" : "\(words)：已核对 \(checked) 处，\(failures.count) 处不符"
        return CheckResult(rule: "C5", passed: passed, detail: detail, cells: Array(Set(cells)).sorted(), failures: failures)
    }
}
