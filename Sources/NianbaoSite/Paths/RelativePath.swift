/// Links between output files as relative paths, so the site works from
/// `file://`, on any host and under any sub-path.
enum RelativePath {
    /// The link from the page at `from` to the file at `to` (both relative to the site root).
    static func link(from: String, to: String) -> String {
        let fromDirectory = from.split(separator: "/").dropLast()
        let target = to.split(separator: "/")
        var common = 0
        while common < fromDirectory.count, common < target.count - 1,
              fromDirectory[fromDirectory.startIndex + common] == target[common] {
            common += 1
        }
        let ups = Array(repeating: "..", count: fromDirectory.count - common)
        let rest = target[common...].map(String.init)
        let path = (ups + rest).joined(separator: "/")
        return path.isEmpty ? "index.html" : path
    }
}
