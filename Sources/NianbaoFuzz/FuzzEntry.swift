import NianbaoReports

/// libFuzzer's entry point: parse arbitrary bytes as a report.
///
/// Built only with `-sanitize=fuzzer` and `-D NIANBAO_FUZZ` (see `Benchmarks/fuzz.sh`),
/// where libFuzzer supplies `main`. Any outcome is fine except a crash, a trap or a hang:
/// the parser must turn every input into a report or a `ReadError`.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    if let report = try? ReportParser.parse(bytes, file: "fuzz.txt") {
        // Rendering the JSON walks every parsed value, so it is fuzzed too.
        _ = report.json.rendered()
    }
    return 0
}
