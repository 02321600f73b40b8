// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "FieldSync",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "FieldSyncCore", targets: ["FieldSyncCore"]),
        .library(name: "FieldStore", targets: ["FieldStore"]),
        .library(name: "FieldSyncTesting", targets: ["FieldSyncTesting"]),
        .executable(name: "fieldsync", targets: ["fieldsync"]),
        .executable(name: "fieldsync-bench", targets: ["fieldsync-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
    ],
    targets: [
        .target(name: "FieldSyncCore", swiftSettings: swiftSettings),
        .target(
            name: "FieldStore",
            dependencies: ["FieldSyncCore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldSyncTesting",
            dependencies: ["FieldSyncCore", "FieldStore"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "fieldsync",
            dependencies: [
                "FieldSyncCore", "FieldStore",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "fieldsync-bench",
            dependencies: ["FieldSyncCore", "FieldStore", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldSyncCoreTests",
            dependencies: [
                "FieldSyncCore",
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            resources: [.copy("Fixtures")],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldSyncCLITests",
            dependencies: ["FieldSyncCore", "FieldStore", "fieldsync"],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldStoreTests",
            dependencies: [
                "FieldSyncCore", "FieldStore", "FieldSyncTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
