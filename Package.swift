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
    ],
    targets: [
        // Pure: report text in, structured report out. No file I/O, no printing.
        .target(name: "NianbaoReports"),
        // Pure: chart input types in, SVG text out. Knows nothing of reports.
        .target(name: "NianbaoCharts"),
        .systemLibrary(
            name: "CCmark",
            pkgConfig: "libcmark",
            providers: [.apt(["libcmark-dev"])]
        ),
        // The only library that touches the file system or cmark.
        .target(name: "NianbaoSite", dependencies: ["NianbaoReports", "NianbaoCharts", "CCmark"]),
        .executableTarget(
            name: "nianbao",
            dependencies: [
                "NianbaoReports", "NianbaoSite",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(
            name: "NianbaoReportsTests",
            dependencies: ["NianbaoReports"],
            exclude: ["Golden", "Fixtures"]
        ),
        .testTarget(
            name: "NianbaoSiteTests",
            dependencies: ["NianbaoSite"]
        ),
    ]
)
