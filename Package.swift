// swift-tools-version:6.0
import PackageDescription

// Layers, each depending only on the ones above it:
//   CYAML → PlanlintYAML → PlanlintRules → PlanlintDocument → PlanlintEngine → PlanlintReporters → planlint
// PlanlintDocument does not need the rule model; it sits beside it so the engine can join the two.
let package = Package(
    name: "planlint",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "planlint", targets: ["planlint"]),
        .library(name: "PlanlintEngine", targets: ["PlanlintEngine"]),
        .library(name: "PlanlintReporters", targets: ["PlanlintReporters"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", exact: "0.9.20"),
    ],
    targets: [
        .systemLibrary(
            name: "CYAML",
            pkgConfig: "yaml-0.1",
            providers: [.apt(["libyaml-dev"]), .brew(["libyaml"])]
        ),
        .target(name: "PlanlintYAML", dependencies: ["CYAML"]),
        .target(name: "PlanlintRules", dependencies: ["PlanlintYAML"]),
        .target(
            name: "PlanlintDocument",
            dependencies: ["PlanlintRules", .product(name: "ZIPFoundation", package: "ZIPFoundation")]
        ),
        .target(
            name: "PlanlintEngine",
            dependencies: ["PlanlintRules", "PlanlintDocument"],
            // ICURegex calls the ICU that swift-foundation ships (module _FoundationICU), which
            // Foundation links but does not list for autolinking.
            linkerSettings: [.linkedLibrary("_FoundationICU", .when(platforms: [.linux]))]
        ),
        .target(name: "PlanlintReporters", dependencies: ["PlanlintEngine"]),
        .target(name: "PlanlintLSP", dependencies: ["PlanlintEngine", "PlanlintRules", "PlanlintDocument", "PlanlintReporters"]),
        // The default rule pack, embedded as source so a copied binary still carries it.
        .target(
            name: "PlanlintBundledRules",
            dependencies: ["PlanlintRules", "PlanlintEngine"],
            plugins: ["EmbedRulesPlugin"]
        ),
        // Parses the rules at build time too, to ship their trees (YAMLNodeArchive) beside their text,
        // the literal analysis of their patterns (RegexLiterals) and their automaton's terms
        // (CompiledPack, hence the engine).
        .executableTarget(
            name: "planlint-embed-rules", dependencies: ["PlanlintYAML", "PlanlintRules", "PlanlintEngine"],
            path: "Sources/planlint-embed-rules"),
        .plugin(
            name: "EmbedRulesPlugin",
            capability: .buildTool(),
            dependencies: ["planlint-embed-rules"]
        ),
        .executableTarget(
            name: "planlint",
            dependencies: [
                "PlanlintEngine", "PlanlintReporters", "PlanlintBundledRules",
                "PlanlintLSP",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // Benchmark of the engine in-process (scripts/bench.sh runs the CLI; docs/performance.md).
        .executableTarget(name: "planlint-bench", dependencies: ["PlanlintEngine", "PlanlintBundledRules"]),
        .testTarget(name: "PlanlintYAMLTests", dependencies: ["PlanlintYAML"]),
        .testTarget(name: "PlanlintRulesTests", dependencies: ["PlanlintRules", "PlanlintBundledRules"]),
        .testTarget(
            name: "PlanlintDocumentTests",
            dependencies: ["PlanlintDocument", "PlanlintTestSupport", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        .testTarget(name: "PlanlintEngineTests", dependencies: ["PlanlintEngine", "PlanlintBundledRules", "PlanlintTestSupport"]),
        .testTarget(name: "PlanlintReportersTests", dependencies: ["PlanlintReporters", "PlanlintBundledRules", "PlanlintTestSupport"]),
        // Runs the built binary for the test targets that drive it as a user would.
        .target(name: "PlanlintTestSupport", path: "Tests/PlanlintTestSupport"),
        .testTarget(name: "PlanlintCLITests", dependencies: ["planlint", "PlanlintEngine", "PlanlintTestSupport"]),
        .testTarget(name: "PlanlintLSPTests", dependencies: ["PlanlintLSP", "PlanlintBundledRules", "planlint", "PlanlintTestSupport"]),
    ],
    swiftLanguageModes: [.v5]
)

// libFuzzer targets (Fuzz/), declared only when PLANLINT_FUZZ is set: scripts/fuzz.sh builds them
// with -sanitize=fuzzer in their own scratch path. A plain `swift build` / `swift test` never sees them.
if Context.environment["PLANLINT_FUZZ"] != nil {
    package.targets += [
        .target(name: "FuzzDriver", path: "Fuzz/driver"),
        .executableTarget(name: "fuzz-yaml", dependencies: ["FuzzDriver", "PlanlintYAML"], path: "Fuzz/yaml"),
        .executableTarget(name: "fuzz-rules", dependencies: ["FuzzDriver", "PlanlintRules", "PlanlintEngine"], path: "Fuzz/rules"),
        .executableTarget(name: "fuzz-text", dependencies: ["FuzzDriver", "PlanlintDocument"], path: "Fuzz/text"),
        .executableTarget(
            name: "fuzz-lint", dependencies: ["FuzzDriver", "PlanlintRules", "PlanlintEngine", "PlanlintBundledRules", "PlanlintReporters"],
            path: "Fuzz/lint"),
        .executableTarget(name: "fuzz-docx", dependencies: ["FuzzDriver", "PlanlintDocument", "PlanlintTestSupport"], path: "Fuzz/docx"),
        .executableTarget(name: "fuzz-json", dependencies: ["FuzzDriver", "PlanlintLSP"], path: "Fuzz/json"),
    ]
}
