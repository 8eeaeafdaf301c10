import Foundation
import Mustache
import NianbaoReports

/// A folder of Mustache templates and assets under `Themes/`.
///
/// `Themes/<name>/` overrides `Themes/default/` file by file. Loading checks
/// the contract at once and reports every problem together: templates that
/// are missing, templates that do not parse, and `{{{…}}}` used on a value
/// that is not trusted HTML (only keys ending in `HTML` may be inserted raw).
public struct Theme: Sendable {
    public static let requiredTemplates = ["layout", "home", "report", "agency", "agencies", "year", "region", "about", "404"]

    let library: MustacheLibrary
    /// Asset files (path under `assets/`, bytes), sorted by path.
    let assets: [(path: String, bytes: [UInt8])]
    /// SHA-256 over every template and asset, to tell whether the theme changed since a build.
    public let fingerprint: String

    public struct LoadError: Error, CustomStringConvertible {
        public var problems: [String]
        public var description: String { problems.joined(separator: "\n") }
    }

    public static func load(themes: String, name: String) throws -> Theme {
        let manager = FileManager.default
        let folders = (name == "default" ? [name] : [name, "default"]).map { (themes as NSString).appendingPathComponent($0) }
        var problems: [String] = []
        if !manager.fileExists(atPath: folders[0]) {
            problems.append("找不到主题目录 \(folders[0])")
        }
        var sources: [String: String] = [:]
        var origins: [String: String] = [:]
        for folder in folders.reversed() {  // default first, the chosen theme overrides
            let templates = (try? manager.contentsOfDirectory(atPath: folder))?.filter { $0.hasSuffix(".mustache") } ?? []
            for file in templates.sorted() {
                let path = (folder as NSString).appendingPathComponent(file)
                guard let text = try? String(contentsOfFile: path, encoding: .utf8) else {
                    problems.append("\(path)：无法以 UTF-8 读取"); continue
                }
                let name = String(file.dropLast(".mustache".count))
                sources[name] = text
                origins[name] = path
            }
        }
        let missing = requiredTemplates.filter { sources[$0] == nil }
        if !missing.isEmpty {
            problems.append("主题缺少模板：" + missing.map { "\($0).mustache" }.joined(separator: "、") + "（在 \(folders.joined(separator: " 或 ")) 中都没有找到）")
        }
        var library = MustacheLibrary()
        for name in sources.keys.sorted() {
            let text = sources[name]!
            for key in rawKeys(text) where !key.hasSuffix("HTML") {
                problems.append("\(origins[name]!)：{{{\(key)}}} 会原样输出未转义的文字；只有以 HTML 结尾的值可以这样用，其余请用 {{\(key)}}")
            }
            do {
                try library.register(text, named: name)
            } catch {
                problems.append("\(origins[name]!)：模板格式有误（\(error)）")
            }
        }
        var assets: [String: [UInt8]] = [:]
        for folder in folders.reversed() {
            let assetFolder = (folder as NSString).appendingPathComponent("assets")
            for file in (try? manager.subpathsOfDirectory(atPath: assetFolder)) ?? [] {
                let path = (assetFolder as NSString).appendingPathComponent(file)
                var isDirectory: ObjCBool = false
                guard manager.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                      let data = manager.contents(atPath: path) else { continue }
                assets[file] = [UInt8](data)
            }
        }
        if !problems.isEmpty { throw LoadError(problems: problems) }
        var all: [UInt8] = []
        for name in sources.keys.sorted() { all += Array("\(name)\u{0}\(sources[name]!)\u{0}".utf8) }
        for name in assets.keys.sorted() { all += Array("\(name)\u{0}".utf8) + assets[name]! }
        return Theme(library: library, assets: assets.keys.sorted().map { ($0, assets[$0]!) }, fingerprint: SHA256.hex(all))
    }

    /// Keys used in `{{{key}}}` or `{{& key}}`.
    static func rawKeys(_ template: String) -> [String] {
        var keys: [String] = []
        var rest = Substring(template)
        while let open = rest.range(of: "{{") {
            rest = rest[open.upperBound...]
            var raw = false
            if rest.hasPrefix("{") { raw = true; rest = rest.dropFirst() } else if rest.hasPrefix("&") { raw = true; rest = rest.dropFirst() }
            guard let close = rest.range(of: "}}") else { break }
            if raw { keys.append(rest[..<close.lowerBound].trimmingCharacters(in: .whitespaces).trimmingCharacters(in: CharacterSet(charactersIn: "}"))) }
            rest = rest[close.upperBound...]
        }
        return keys
    }

    func render(_ context: [String: Any], template: String) -> String {
        library.render(context, withTemplate: template) ?? ""
    }
}
