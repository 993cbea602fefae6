import Testing
@testable import PlanlintRules

@Suite struct ConfigurationLoaderTests {
    @Test func readsEverySetting() throws {
        let text = """
            rules: [rules]
            profile: school
            year: 2025
            disable: [structure.duplicate]
            severity: {holidays.coverage: info}
            ignore: ["drafts/**"]
            fail_on: warning
            lang: en
            ignore_suppressions: true
            overrides:
              - files: "plans/2019/**"
                disable: [hygiene.placeholder]
            """
        let configuration = try ConfigurationLoader.parse(text, path: "/work/p/.planlint.yaml")
        #expect(configuration.ruleDirectories == ["/work/p/rules"])
        #expect(configuration.includeBundled == false)
        #expect(configuration.profile == .school)
        #expect(configuration.year == 2025)
        #expect(configuration.disabledRules == ["structure.duplicate"])
        #expect(configuration.severityOverrides == ["holidays.coverage": .info])
        #expect(configuration.ignore == ["drafts/**"])
        #expect(configuration.failOn == "warning")
        #expect(configuration.ignoreSuppressions)
        #expect(try ConfigurationLoader.parse("lang: en\n", path: "/p/.planlint.yaml").ignoreSuppressions == false)
        #expect(configuration.overrides.first?.disable == ["hygiene.placeholder"])
    }

    /// `year` has the range `--year` has (1949–2200), at the top and in overrides.
    @Test func yearPastTheRangeIsAnError() {
        for (text, position) in [("year: 20255\n", "1:7"), ("overrides:\n  - files: a.txt\n    year: 99999\n", "3:11")] {
            do {
                _ = try ConfigurationLoader.parse(text, path: ".planlint.yaml")
                Issue.record("should fail: \(text)")
            } catch let errors as RuleLoadErrors {
                #expect(errors.description == ".planlint.yaml:\(position): 'year' must be at most 2200")
            } catch {
                Issue.record("unexpected \(error)")
            }
        }
    }

    @Test func reportsUnknownSettingsWithPosition() {
        do {
            _ = try ConfigurationLoader.parse("profile: school\nprofil: school\n", path: ".planlint.yaml")
            Issue.record("should fail")
        } catch let errors as RuleLoadErrors {
            #expect(errors.description == ".planlint.yaml:2:1: unknown field 'profil' in the configuration (did you mean 'profile'?)")
        } catch {
            Issue.record("unexpected \(error)")
        }
    }
}

@Suite struct ConfigurationRuleIDTests {
    @Test func namesRuleIDsThePackLacks() throws {
        let configuration = try ConfigurationLoader.parse(
            "disable: [congress.annual, congress.anual]\nseverity: {funds.budgett: info}\n", path: ".planlint.yaml")
        let pack = try RuleLoader().load([RuleSource(path: "r.yaml", text: RuleLoaderTests.valid)])
        #expect(configuration.unknownRuleIDs(in: pack) == ["congress.anual", "funds.budgett"])
    }
}
