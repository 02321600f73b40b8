// swift-tools-version:6.0
import PackageDescription

let swiftSettings: [SwiftSetting] = [.swiftLanguageMode(.v6)]

let package = Package(
    name: "FieldSync",
    platforms: [.macOS(.v14)],
    products: [
        .library(name: "FieldSyncCore", targets: ["FieldSyncCore"]),
        .library(name: "FieldReplica", targets: ["FieldReplica"]),
        .library(name: "FieldProgramme", targets: ["FieldProgramme"]),
        .library(name: "FieldReports", targets: ["FieldReports"]),
        .library(name: "FieldDashboard", targets: ["FieldDashboard"]),
        .library(name: "FieldSyncTesting", targets: ["FieldSyncTesting"]),
        .executable(name: "fieldsync", targets: ["fieldsync"]),
        .library(name: "FieldSyncClient", targets: ["FieldSyncClient"]),
        .library(name: "FieldSyncServer", targets: ["FieldSyncServer"]),
        .executable(name: "fieldsync-server", targets: ["fieldsync-server"]),
        .executable(name: "fieldsync-bench", targets: ["fieldsync-bench"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift.git", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.0"),
        .package(url: "https://github.com/x-sheep/swift-property-based.git", from: "2.0.0"),
        .package(url: "https://github.com/hummingbird-project/hummingbird.git", from: "2.28.0"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.6.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.0"),
        .package(url: "https://github.com/vapor/postgres-nio.git", from: "1.33.0"),
        .package(url: "https://github.com/apple/swift-crypto.git", "3.12.0"..<"5.0.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle.git", from: "2.13.0"),
        .package(url: "https://github.com/apple/swift-metrics.git", from: "2.13.0"),
        .package(url: "https://github.com/swift-server/swift-prometheus.git", from: "2.4.0"),
    ],
    targets: [
        // Dependencies point one way, down this list (docs/architecture.md).
        .target(name: "FieldSyncCore", dependencies: [.product(name: "Crypto", package: "swift-crypto")], swiftSettings: swiftSettings),
        .target(
            name: "FieldSQLite",
            dependencies: [.product(name: "GRDB", package: "GRDB.swift"), .product(name: "GRDBSQLite", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(name: "CCurl", path: "Sources/CCurl"),
        .target(name: "CZlib", path: "Sources/CZlib", linkerSettings: [.linkedLibrary("z")]),
        .target(name: "FieldSyncWire", dependencies: ["FieldSyncCore", "CZlib"], swiftSettings: swiftSettings),
        .target(
            name: "FieldReplica",
            dependencies: ["FieldSyncCore", "FieldSQLite", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldProgramme",
            dependencies: ["FieldSyncCore", "FieldReplica", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldReports",
            dependencies: ["FieldSyncCore", "FieldProgramme"],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldSyncClient",
            dependencies: [
                "FieldSyncCore", "FieldReplica", "FieldSyncWire", "CCurl",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldDashboard",
            dependencies: [
                "FieldSyncCore", "FieldReplica", "FieldProgramme", "FieldReports", "FieldSyncClient",
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldSyncServer",
            dependencies: [
                "FieldSyncCore", "FieldSyncWire", "FieldSQLite",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "PostgresNIO", package: "postgres-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Metrics", package: "swift-metrics"),
                .product(name: "Prometheus", package: "swift-prometheus"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldSyncServerLegacy",
            dependencies: ["FieldSyncCore", "FieldSyncServer", "FieldReplica", .product(name: "GRDB", package: "GRDB.swift")],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "fieldsync-server",
            dependencies: [
                "FieldSyncServer", "FieldSyncServerLegacy", "FieldSyncWire",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTLS", package: "hummingbird"),
                .product(name: "HummingbirdCore", package: "hummingbird"),
                .product(name: "Logging", package: "swift-log"),
            ],
            swiftSettings: swiftSettings
        ),
        .target(
            name: "FieldSyncTesting",
            dependencies: ["FieldSyncCore", "FieldReplica", "FieldSyncServer"],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "fieldsync",
            dependencies: [
                "FieldSyncCore", "FieldReplica", "FieldProgramme", "FieldReports", "FieldSyncClient", "FieldDashboard",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ],
            swiftSettings: swiftSettings
        ),
        .executableTarget(
            name: "fieldsync-bench",
            dependencies: [
                "FieldSyncCore", "FieldReplica", "FieldProgramme", "FieldSyncClient", "FieldSyncWire", "FieldSyncServer", "FieldSyncTesting",
                "FieldDashboard",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
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
            name: "FieldReplicaTests",
            dependencies: [
                "FieldSyncCore", "FieldReplica", "FieldSyncTesting", "FieldSyncWire",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "PropertyBased", package: "swift-property-based"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldProgrammeTests",
            dependencies: [
                "FieldSyncCore", "FieldReplica", "FieldProgramme", "FieldSyncTesting",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldSyncClientTests",
            dependencies: [
                "FieldSyncCore", "FieldSyncClient", "FieldReplica", "FieldSyncTesting", "FieldSyncWire",
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldSyncServerTests",
            dependencies: [
                "FieldSyncCore", "FieldSyncServer", "FieldSyncWire",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Hummingbird", package: "hummingbird"),
                .product(name: "HummingbirdTesting", package: "hummingbird"),
            ],
            swiftSettings: swiftSettings
        ),
        .testTarget(
            name: "FieldSyncCLITests",
            dependencies: [
                "FieldSyncCore", "FieldReplica", "FieldProgramme", "FieldSyncClient", "FieldSyncServer", "FieldSyncWire", "fieldsync", "fieldsync-server",
                .product(name: "GRDB", package: "GRDB.swift"),
            ],
            swiftSettings: swiftSettings
        ),
    ]
)
