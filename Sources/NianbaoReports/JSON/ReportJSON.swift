/// The report as the JSON object of `../spec/report-format.md`, keys in the spec's order.
extension Report {
    public var json: JSONValue {
        .object([
            ("agency", metadata.agency.json),
            ("agencySource", metadata.agencySource.map { .string($0.rawValue) } ?? .null),
            ("year", metadata.year.map(JSONValue.int) ?? .null),
            ("region", .object([("province", metadata.region.province.json), ("city", metadata.region.city.json),
                                ("county", metadata.region.county.json)])),
            ("template", template.map { .string($0.rawValue) } ?? .null),
            ("source", .object([("file", .string(source.file)), ("sha256", .string(source.sha256)),
                                ("encoding", .string(source.encoding)), ("format", .string(source.format)),
                                ("url", source.url.json)]
                               // Only a correcting file has it, so other reports' JSON is unchanged.
                               + (metadata.supersedes.map { [("supersedes", JSONValue.string($0))] } ?? []))),
            ("title", metadata.title.json),
            ("period", .object([("start", metadata.periodStart.json), ("end", metadata.periodEnd.json)])),
            ("website", metadata.website.json),
            ("contact", .object([("address", metadata.address.json), ("postcode", metadata.postcode.json),
                                 ("phone", metadata.phone.json), ("email", metadata.email.json)])),
            ("activeDisclosure", activeDisclosure.json),
            ("applications", applications.json),
            ("reviewAndLitigation", reviewAndLitigation.json),
            ("sections", .array(sections.map { section in
                .object([("number", .int(section.number)), ("title", .string(section.title)),
                         ("markdown", .string(section.markdown))])
            })),
            ("series", .array(series.map { series in
                .object([("title", .string(series.title)),
                         ("points", .array(series.points.map { .array([.int($0.year), $0.value.map(JSONValue.int) ?? .null]) }))])
            })),
            ("checks", .array(checks.map(\.json))),
            ("notes", .array(notes.map(JSONValue.string))),
            ("warnings", .array(warnings.map { .string($0.description) })),
        ])
    }
}

extension CheckResult {
    var json: JSONValue {
        .object([
            ("rule", .string(rule)),
            ("passed", passed.map(JSONValue.bool) ?? .null),
            ("detail", .string(detail)),
            ("cells", .array(cells.map(JSONValue.string))),
            ("failures", .array(failures.map { .object([("detail", .string($0.detail)), ("cells", .array($0.cells.map(JSONValue.string)))]) })),
        ])
    }
}

extension ActiveDisclosure {
    var json: JSONValue {
        func documents(_ d: Documents) -> JSONValue {
            var fields: [(String, JSONValue)] = [("issued", d.issued.json), ("repealed", d.repealed.json), ("inForce", d.inForce.json)]
            if template == .y2019 {
                fields += [("made", d.made.json), ("published", d.published.json), ("publishedTotal", d.publishedTotal.json)]
            }
            return .object(fields)
        }
        func items(_ i: Items) -> JSONValue { .object([("previousYear", i.previousYear.json), ("change", i.change.json)]) }
        var fields: [(String, JSONValue)] = [
            ("rules", documents(rules)), ("normativeDocuments", documents(normativeDocuments)),
            ("licensing", licensing.json), ("penalties", penalties.json), ("coercion", coercion.json), ("fees", fees.json),
        ]
        if template == .y2019 {
            fields += [
                ("licensingItems", items(licensingItems)),
                ("otherServices", otherServices.json), ("otherServicesItems", items(otherServicesItems)),
                ("penaltiesItems", items(penaltiesItems)), ("coercionItems", items(coercionItems)),
                ("feesItems", items(feesItems)),
                ("procurement", .object([("projects", procurement.projects.json), ("amount", procurement.amount.json),
                                         ("unit", procurement.unit.json)])),
            ]
        }
        return .object(fields)
    }
}

extension Applications {
    var json: JSONValue {
        var rowsObject: [(String, JSONValue)] = []
        for row in ApplicationRow.allCases {
            let value = JSONValue.array(self[row].map(\.json))
            if row.path.count == 1 {
                rowsObject.append((row.path[0], value))
            } else if let index = rowsObject.firstIndex(where: { $0.0 == row.path[0] }), case .object(var inner) = rowsObject[index].1 {
                inner.append((row.path[1], value))
                rowsObject[index].1 = .object(inner)
            } else {
                rowsObject.append((row.path[0], .object([(row.path[1], value)])))
            }
        }
        return .object([("columns", .array(Applications.columns.map(JSONValue.string))), ("rows", .object(rowsObject))])
    }
}

extension ReviewAndLitigation {
    var json: JSONValue {
        .object(zip(ReviewAndLitigation.groupKeys, groups).map { key, group in
            (key, .object(zip(Outcomes.keys, group.cells).map { ($0, $1.json) }))
        })
    }
}

extension Cell where Value == Int {
    var json: JSONValue { value.map(JSONValue.int) ?? .null }
}

extension Cell where Value == DecimalNumber {
    var json: JSONValue { value.map { .number($0.text) } ?? .null }
}

extension Optional where Wrapped == String {
    var json: JSONValue { map(JSONValue.string) ?? .null }
}
