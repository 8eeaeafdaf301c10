import Foundation

/// `main` in both builds of the target.
///
/// With libFuzzer (`-D NIANBAO_FUZZ`, see `Benchmarks/fuzz.sh`) it hands control to
/// libFuzzer's driver. Why not libFuzzer's own `main`: SwiftPM renames an executable's
/// entry point to `NianbaoFuzz_main` and links `main` to it, so ours must exist.
/// Without libFuzzer it replays inputs given as files — the way to reproduce a crash
/// the fuzzer saved: `swift run NianbaoFuzz crash-…`.
@main
enum FuzzMain {
    static func main() {
        #if NIANBAO_FUZZ
        var argc = CommandLine.argc
        var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = CommandLine.unsafeArgv
        exit(LLVMFuzzerRunDriver(&argc, &argv) { data, size in
            fuzzOneInput(data ?? UnsafePointer(bitPattern: 1)!, size)
        })
        #else
        for path in CommandLine.arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                print("无法读取 \(path)")
                continue
            }
            let bytes = [UInt8](data)
            _ = bytes.withUnsafeBufferPointer { fuzzOneInput($0.baseAddress ?? UnsafePointer(bitPattern: 1)!, $0.count) }
            print("\(path)：解析完成，未崩溃")
        }
        #endif
    }
}

#if NIANBAO_FUZZ
/// libFuzzer's driver (compiler-rt, LLVM 12 and later).
@_silgen_name("LLVMFuzzerRunDriver")
func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt
#endif
