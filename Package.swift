// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "nianbao",
    products: [
        .executable(name: "nianbao", targets: ["nianbao"]),
        .library(name: "NianbaoReports", targets: ["NianbaoReports"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/hummingbird-project/swift-mustache", from: "2.1.1"),
        .package(url: "https://github.com/LebJe/TOMLKit", from: "0.6.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.20"),
    ],
    targets: [
        // Pure: report text in, structured report out. No file I/O, no printing.
        .target(name: "NianbaoReports", exclude: ["Input/make-compatibility-table.py"]),
        // Pure: chart input types in, SVG text out. Knows nothing of reports.
        .target(name: "NianbaoCharts"),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        .systemLibrary(
            name: "CLibXML2",
            pkgConfig: "libxml-2.0",
            providers: [.apt(["libxml2-dev"])]
        ),
        .systemLibrary(
            name: "CPoppler",
            pkgConfig: "poppler-glib",
            providers: [.apt(["libpoppler-glib-dev"])]
        ),
        // Format readers: HTML, Word and PDF bytes → DocumentModel. Pure functions of
        // bytes, like the parser, but over C libraries.
        .target(
            name: "NianbaoFormats",
            dependencies: [
                "NianbaoReports", "CLibXML2", "CPoppler",
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
            ]
        ),
        // The only library that touches the file system or cmark.
        .target(
            name: "NianbaoSite",
            dependencies: [
                "NianbaoReports", "NianbaoFormats", "NianbaoCharts", "CCmark",
                .product(name: "Mustache", package: "swift-mustache"),
                .product(name: "TOMLKit", package: "TOMLKit"),
            ],
            exclude: ["Paths/make-pinyin-table.py"]
        ),
        .executableTarget(
            name: "nianbao",
            dependencies: [
                "NianbaoReports", "NianbaoFormats", "NianbaoSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // libFuzzer target for the parser; see Benchmarks/fuzz.sh. Without the fuzzer
        // flags it is a small tool that replays saved inputs.
        .executableTarget(name: "NianbaoFuzz", dependencies: ["NianbaoReports", "NianbaoFormats"]),
        .testTarget(
            name: "NianbaoReportsTests",
            dependencies: ["NianbaoReports"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "NianbaoFormatsTests",
            dependencies: ["NianbaoFormats", "NianbaoReports", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            exclude: ["Fixtures", "Golden"]
        ),
        .testTarget(
            name: "NianbaoChartsTests",
            dependencies: ["NianbaoCharts"],
            exclude: ["Golden"]
        ),
        .testTarget(
            name: "NianbaoSiteTests",
            dependencies: ["NianbaoSite", "NianbaoReports"],
            exclude: ["Golden", "BadInput"]
        ),
    ]
)
