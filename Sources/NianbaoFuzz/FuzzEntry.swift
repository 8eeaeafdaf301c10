import NianbaoFormats
import NianbaoReports

/// libFuzzer's entry point: read arbitrary bytes as a report, in whatever format they
/// look like (text, HTML, Word, PDF), as `nianbao build` would.
///
/// Built only with `-sanitize=fuzzer` and `-D NIANBAO_FUZZ` (see `Benchmarks/fuzz.sh`),
/// where libFuzzer supplies `main`. Any outcome is fine except a crash, a trap or a hang:
/// every input must become a report or a `ReadError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let report = try? ReportReader.parse(bytes, file: "fuzz") {
        // Rendering the JSON walks every parsed value, so it is fuzzed too.
        _ = report.json.rendered()
    }
    return 0
}
