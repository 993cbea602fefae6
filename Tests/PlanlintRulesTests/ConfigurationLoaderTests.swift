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
        #expect(configuration.overrides.first?.disable == ["hygiene.placeholder"])
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
