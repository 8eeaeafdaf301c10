import Testing
@testable import NianbaoReports

@Suite struct ConsistencyCheckTests {
    func layout() -> ReportLayout {
        var rng = SplitMix64(seed: 7)
        return ReportLayout.random(&rng)
    }

    func check(_ report: Report, _ rule: String) -> CheckResult { report.checks.first { $0.rule == rule }! }

    @Test func consistentTablesPassC1ToC4() throws {
        let report = try parse(layout().text(.tabRows))
        for rule in ["C1", "C2", "C3", "C4"] { #expect(check(report, rule).passed == true, "\(rule)") }
    }

    @Test func reportsC1ViolationWithTheCellsInvolved() throws {
        var broken = layout()
        broken.table3[ApplicationRow.disclosed.rawValue][6] += 1
        let result = check(try parse(broken.text(.tabRows)), "C1")
        #expect(result.passed == false)
        #expect(result.failures.count == 1)
        #expect(result.failures[0].cells == (0..<7).map { "applications.rows.disclosed[\($0)]" })
        #expect(result.failures[0].detail.contains("“予以公开”行"))
    }

    @Test func reportsC2ViolationWithTheCellsInvolved() throws {
        var broken = layout()
        broken.table3[ApplicationRow.carriedForward.rawValue][0] += 2
        broken.table3[ApplicationRow.carriedForward.rawValue][6] += 2
        let report = try parse(broken.text(.tabRows))
        let result = check(report, "C2")
        #expect(result.passed == false)
        #expect(result.failures.map(\.cells).contains(["applications.rows.newRequests[0]", "applications.rows.carriedOver[0]",
                                                        "applications.rows.totalProcessed[0]", "applications.rows.carriedForward[0]"]))
        #expect(check(report, "C1").passed == true)
    }

    @Test func reportsC3ViolationPerColumn() throws {
        var broken = layout()
        broken.table3[ApplicationRow.duplicate.rawValue][1] += 3
        broken.table3[ApplicationRow.duplicate.rawValue][6] += 3
        let result = check(try parse(broken.text(.cellPerLine)), "C3")
        #expect(result.passed == false)
        #expect(result.failures.count == 2)  // the 商业企业 column and the 总计 column
        #expect(result.failures[0].cells.contains("applications.rows.notProcessed.duplicate[1]"))
    }

    @Test func reportsC4ViolationForTheGroup() throws {
        var broken = layout()
        broken.table4[9] += 1
        let result = check(try parse(broken.text(.markdown)), "C4")
        #expect(result.passed == false)
        #expect(result.failures.map(\.cells) == [ReviewAndLitigation.Outcomes.keys.map { "reviewAndLitigation.litigationDirect.\($0)" }])
    }

    @Test func leavesARuleUncheckedWhenItsFiguresAreMissing() throws {
        let report = try parse("一、总体情况\n甲。\n二、主动公开政府信息情况\n规章\t0\t0\t0\n五、存在的主要问题及改进情况\n无。")
        #expect(check(report, "C1").passed == nil)
        #expect(check(report, "C4").passed == nil)
        #expect(check(report, "C1").detail.contains("无法检查"))
    }

    @Test func comparesCountsStatedInTheNarrativeWithTheTables() throws {
        let base = layout()
        let requests = base.table3[0][6]
        let reviews = base.table4[4]
        var text = base.text(.tabRows)
        text = text.replacingOccurrences(of: "2024年，本县依法公开政府信息。",
            with: "2024年收到政府信息公开申请\(requests)件。因政府信息公开被申请行政复议\(reviews + 1)件。2023年收到申请999件。")
        let result = check(try parse(text), "C5")
        #expect(result.passed == false)
        #expect(result.failures.count == 1)
        #expect(result.failures[0].cells == ["reviewAndLitigation.administrativeReview.total"])
        #expect(result.detail.contains("已核对 2 处"))
    }
}

@Suite struct MetadataTests {
    @Test func readsTitleAgencyYearPeriodAndContact() throws {
        let report = try parse("""
        冠县人民政府2024年政府信息公开工作

        年度报告

        本年度报告中所列数据统计期限从2024年1月1日至12月31日。本年度报告电子版可从冠县人民政府网站（http://www.guanxian.gov.cn/）下载。如有疑问，请与冠县人民政府办公室联系（地址：山东省聊城市冠县红旗北路109号；邮编：252500；电话:0635-5237226；电子邮箱:gxzwgk@lc.shandong.cn）。
        一、总体情况
        甲。
        二、主动公开政府信息情况
        乙
        """)
        let m = report.metadata
        #expect(m.title == "冠县人民政府2024年政府信息公开工作年度报告")
        #expect(m.agency == "冠县人民政府")
        #expect(m.year == 2024)
        #expect(m.periodStart == "2024-01-01" && m.periodEnd == "2024-12-31")
        #expect(m.website == "http://www.guanxian.gov.cn/")
        #expect(m.address == "山东省聊城市冠县红旗北路109号")
        #expect(m.postcode == "252500")
        #expect(m.phone == "0635-5237226")
        #expect(m.email == "gxzwgk@lc.shandong.cn")
        #expect(m.region == Region(province: "山东省", city: "聊城市", county: "冠县"))
    }

    @Test func findsTheAgencyInASentenceWhenThereIsNoTitle() throws {
        let report = try parse("根据有关规定，现公布聊城市茌平区人民政府2024年度政府信息公开工作报告。\n一、总体情况\n甲。\n二、主动公开政府信息情况\n乙")
        #expect(report.metadata.agency == "聊城市茌平区人民政府")
        #expect(report.metadata.region == Region(province: "山东省", city: "聊城市", county: "茌平区"))
    }

    @Test func takesTheSourceURLFromACrawlerHeader() throws {
        let report = try parse("标题: 某某县2023年度政府信息公开工作年度报告\n原文链接: https://example.gov.cn/a.htm\n==== 正文 ====\n一、总体情况\n甲。\n二、主动公开政府信息情况\n乙")
        #expect(report.source.url == "https://example.gov.cn/a.htm")
        #expect(report.metadata.agency == "某某县")
        #expect(report.metadata.year == 2023)
        #expect(report.template == .y2021)
    }

    @Test func readsTheStatisticsYearWithSpacesInDates() throws {
        let report = try parse("# 某区人民政府办公室 2024 年 政府信息公开工作年度报告\n本报告所列数据的统计期限自 2024 年 1 月 1 日至 2024 年 12 月 31 日止。\n## 一、总体情况\n甲。\n## 二、主动公开政府信息情况\n乙")
        #expect(report.metadata.agency == "某区人民政府办公室")
        #expect(report.metadata.periodEnd == "2024-12-31")
    }
}

@Suite struct ReportJSONTests {
    @Test func keepsTheSpecsKeyOrder() throws {
        let json = try Fixtures.parseReal("000_efb035f696e87f51.txt").json
        guard case .object(let fields) = json else { Issue.record("not an object"); return }
        let keys = fields.map(\.0)
        let specOrder = ["agency", "year", "region", "template", "source", "activeDisclosure", "applications",
                         "reviewAndLitigation", "sections", "series", "checks", "notes", "warnings"]
        #expect(specOrder.map { keys.firstIndex(of: $0)! } == specOrder.map { keys.firstIndex(of: $0)! }.sorted())
    }

    @Test func writesDecimalsDigitForDigitAndUnknownsAsNull() throws {
        let text = try Fixtures.parseReal("000_efb035f696e87f51.txt").json.rendered()
        #expect(text.contains("\"fees\": 33253.597335"))
        let pingtan = try Fixtures.parseReal("pingtan-2021.txt").json.rendered()
        #expect(pingtan.contains("\"issued\": null"))
    }

    @Test func escapesControlCharactersInStrings() {
        #expect(JSONValue.string("a\"b\\c\n\u{01}").rendered() == #""a\"b\\c\n\u0001""#)
    }
}

@Suite struct NotApplicableTests {
    @Test func readsSlashAndDashCellsAsNullWithANoteAndLeavesTheirRulesUnchecked() throws {
        var rng = SplitMix64(seed: 11)
        let layout = ReportLayout.random(&rng)
        var text = layout.text(.tabRows)
        text = text.replacingOccurrences(of: "行政强制\t\(layout.table2.coercion)", with: "行政强制\t/")
        let row = layout.table3[ApplicationRow.queryMatters.rawValue].map(String.init).joined(separator: "\t")
        text = text.replacingOccurrences(of: "8.属于行政查询事项\t" + row, with: "8.属于行政查询事项\t—\t—\t—\t—\t—\t—\t—")
        let report = try parse(text)
        #expect(report.activeDisclosure.coercion == Cell(nil, status: .notApplicable, line: report.activeDisclosure.coercion.line))
        #expect(report.notes.contains("行政强制 本年处理决定数量: 原文为“/”，按不适用处理"))
        #expect(report.applications[.queryMatters].allSatisfy { $0.value == nil && $0.status == .notApplicable })
        #expect(report.checks.first { $0.rule == "C3" }?.passed == nil)
        #expect(report.applications[.stateSecret].map(\.value) == layout.table3[ApplicationRow.stateSecret.rawValue].map { $0 })
    }
}

@Suite struct MissingRowTests {
    @Test func warnsAboutARowItCannotFindAndLeavesItEmpty() throws {
        var rng = SplitMix64(seed: 5)
        let layout = ReportLayout.random(&rng)
        let row = layout.table3[ApplicationRow.publications.rawValue].map(String.init).joined(separator: "\t")
        let text = layout.text(.tabRows).replacingOccurrences(of: "3.要求提供公开出版物\t" + row + "\n", with: "")
        let report = try parse(text)
        #expect(report.applications[.publications].allSatisfy { $0.status == .missing })
        #expect(report.warnings.contains { $0.message == "表三没有找到“要求提供公开出版物”行，该行留空" })
        #expect(report.applications[.excessive].map(\.value) == layout.table3[ApplicationRow.excessive.rawValue].map { $0 })
        #expect(report.checks.first { $0.rule == "C3" }?.passed == nil)
    }
}

@Suite struct CrossYearCheckTests {
    func report(year: Int, carriedOver: Int, carriedForward: Int, inForce: Int, issued: Int, repealed: Int) throws -> Report {
        var rng = SplitMix64(seed: UInt64(year))
        var layout = ReportLayout.random(&rng)
        layout.table2.documents = [issued, repealed, inForce]
        layout.table2.rules = [0, 0, 0]
        var text = layout.text(.tabRows).replacingOccurrences(of: "2024", with: String(year))
        let over = layout.table3[1].map(String.init).joined(separator: "\t")
        let forward = layout.table3[24].map(String.init).joined(separator: "\t")
        text = text.replacingOccurrences(of: "二、上年结转政府信息公开申请数量\t" + over, with: "二、上年结转政府信息公开申请数量\t\(carriedOver)\t0\t0\t0\t0\t0\t\(carriedOver)")
        text = text.replacingOccurrences(of: "四、结转下年度继续办理\t" + forward, with: "四、结转下年度继续办理\t\(carriedForward)\t0\t0\t0\t0\t0\t\(carriedForward)")
        return try parse(text)
    }

    @Test func passesWhenConsecutiveYearsAgree() throws {
        let a = try report(year: 2023, carriedOver: 0, carriedForward: 3, inForce: 10, issued: 1, repealed: 0)
        let b = try report(year: 2024, carriedOver: 3, carriedForward: 0, inForce: 12, issued: 4, repealed: 2)
        let results = CrossYearChecks.check(earlier: a, later: b)
        #expect(results.map(\.rule) == ["C6", "C7"])
        #expect(results.map(\.passed) == [true, true])
    }

    @Test func namesTheCellsOfBothYearsWhenTheyDisagree() throws {
        let a = try report(year: 2023, carriedOver: 0, carriedForward: 3, inForce: 10, issued: 1, repealed: 0)
        let b = try report(year: 2024, carriedOver: 1, carriedForward: 0, inForce: 20, issued: 4, repealed: 2)
        let results = CrossYearChecks.check(earlier: a, later: b)
        #expect(results[0].passed == false)
        #expect(results[0].failures[0].cells == ["2023:applications.rows.carriedForward[0]", "2024:applications.rows.carriedOver[0]"])
        #expect(results[1].passed == false)
        #expect(results[1].failures[0].detail == "行政规范性文件：2023 年现行有效 10 + 2024 年制发 4 − 废止 2 = 12，2024 年现行有效为 20")
    }
}
