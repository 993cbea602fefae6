import Foundation
import Testing
import PlanlintBundledRules
import PlanlintDocument
import PlanlintRules
@testable import PlanlintEngine

/// Plans written as a demanding reviewer wants them, one per profile (Tests/Fixtures/plans/strong),
/// and slogan-only twins of six (Tests/Fixtures/plans/weak). The real pages the rules were
/// tuned on are mostly messy; these guard the other end: a good plan of each kind passes
/// cleanly, and a plan that only sloganeers is caught where it does.
@Suite struct ModelPlanTests {
    struct Strong: CustomTestStringConvertible, Sendable {
        let file: String
        let profile: OrganisationProfile
        /// Info findings a good plan may still get, each with the reason it is no fault.
        let allowedInfo: Set<String>
        var testDescription: String { file }
    }

    struct Weak: CustomTestStringConvertible, Sendable {
        let file: String
        let profile: OrganisationProfile
        let weak: Set<String>
        let missing: Set<String>
        var testDescription: String { file }
    }

    // organisation.re-election asks for the next election only when the term ends this
    // year, and says so ("若不到期可忽略本条"); the hospital's, the firm's and the district's
    // committees are mid-term. The school, agency and community plans name their election.
    static let strong: [Strong] = [
        Strong(file: "school-plan.txt", profile: .school, allowedInfo: []),
        Strong(file: "hospital-plan-traditional.txt", profile: .hospital, allowedInfo: ["organisation.re-election"]),
        Strong(file: "enterprise-plan.md", profile: .enterprise, allowedInfo: ["organisation.re-election"]),
        Strong(file: "agency-plan.txt", profile: .agency, allowedInfo: []),
        Strong(file: "community-plan.txt", profile: .community, allowedInfo: []),
        Strong(file: "federation-plan-traditional.txt", profile: .federation, allowedInfo: ["organisation.re-election"]),
    ]

    /// Every twin: a congress with no date, funds with no budget, goals with no figure, aid
    /// with no sum, safeguards that are slogans above the signature's date, no schedule, no
    /// festival named and no owner anywhere.
    static let sloganCommon: (weak: Set<String>, missing: Set<String>) = (
        weak: ["congress.annual", "funds.budget", "funds.audit", "structure.goals", "welfare.hardship", "welfare.student-aid",
               "welfare.health-check", "welfare.women", "welfare.culture-sports", "organisation.membership", "structure.safeguards"],
        missing: ["structure.schedule", "holidays.coverage", "structure.owners", "funds.spending-heads", "funds.final-accounts"]
    )

    static let weak: [Weak] = [
        Weak(file: "school-slogans.txt", profile: .school,
             weak: sloganCommon.weak.union(planItemSlogans).union(["democracy.openness-school", "democracy.proposals", "democracy.appraisal"]),
             missing: sloganCommon.missing),
        // Traditional script; 「四期」 protection and 六必访 are named but plan nothing.
        Weak(file: "hospital-slogans-traditional.txt", profile: .hospital,
             weak: sloganCommon.weak.union(["organisation.cadre-training", "organisation.records", "welfare.retirees"])
                 .union(["democracy.openness-hospital", "democracy.proposals", "democracy.appraisal"]),
             missing: sloganCommon.missing.union(["funds.dues", "welfare.observances"])),
        // 适时召开会员大会: the congress is weak and its 适时 vague.
        Weak(file: "agency-slogans.txt", profile: .agency,
             weak: sloganCommon.weak.union(["organisation.records", "welfare.retirees", "welfare.workers-home"]),
             missing: sloganCommon.missing.union(["democracy.proposals", "organisation.cadre-training"])),
        // Contracts, mediation, competitions, the 2% and the dues named in an enterprise's
        // words, none of them dated, counted or handed to anyone.
        Weak(file: "enterprise-slogans.txt", profile: .enterprise,
             weak: sloganCommon.weak.union(planItemSlogans).union(["rights.collective-contract", "rights.wage-bargaining", "rights.safety",
                   "rights.labour-contract", "rights.dispute-mediation", "rights.labour-competition", "funds.remittance"]),
             missing: sloganCommon.missing),
        // Law education, the dues and open books a community union names without a date.
        Weak(file: "community-slogans.txt", profile: .community,
             weak: sloganCommon.weak.union(["organisation.cadre-training", "organisation.records", "welfare.workers-home",
                   "funds.dues", "funds.final-accounts", "rights.legal-aid"]),
             missing: sloganCommon.missing.subtracting(["funds.final-accounts"])),
        // Traditional script; a federation: no congress of its own (its plenary is weak), no
        // spending heads, and its remittance, contracts, mediation and legal aid are slogans.
        Weak(file: "federation-slogans-traditional.txt", profile: .federation,
             weak: sloganCommon.weak.subtracting(["congress.annual"]).union(["democracy.federation-plenary", "organisation.cadre-training",
                   "organisation.records", "welfare.workers-home", "funds.final-accounts", "funds.remittance", "rights.labour-contract",
                   "rights.dispute-mediation", "rights.labour-competition", "rights.legal-aid", "rights.collective-contract"]),
             missing: ["structure.schedule", "holidays.coverage", "structure.owners", "rights.wage-bargaining"]),
    ]

    /// Items every twin but the agency's names as slogans: officer training, records, retirees,
    /// the workers' home and the dues.
    static let planItemSlogans: Set<String> = ["organisation.cadre-training", "organisation.records", "welfare.retirees",
                                               "welfare.workers-home", "funds.dues"]

    private func report(_ folder: String, _ file: String, profile: OrganisationProfile) throws -> (FileReport, PlanMetadata?) {
        let path = LintTestSupport.packageRoot.appendingPathComponent("Tests/Fixtures/plans/\(folder)/\(file)").path
        let document = try DocumentReader.read(path: path)
        let linter = Linter(rules: try BundledRules.pack.get())
        // The profile the reader detects must be the plan's own, and the plan is linted at it.
        return (linter.lint(document, options: LintOptions(profile: profile)), linter.lint(document).metadata)
    }

    @Test(arguments: strong)
    func strongPlanPassesCleanly(_ plan: Strong) throws {
        let (report, detected) = try report("strong", plan.file, profile: plan.profile)
        #expect(detected?.profile == plan.profile)
        #expect(detected?.year == 2026)
        #expect(detected?.kind == .plan)
        let serious = report.findings.filter { $0.severity >= .warning }
        #expect(serious.isEmpty, "\(serious.map { "\($0.ruleID) \($0.start.line): \($0.message.zh)" })")
        let info = Set(report.findings.filter { $0.severity == .info }.map(\.ruleID))
        #expect(info.isSubset(of: plan.allowedInfo), "unexpected info: \(info.subtracting(plan.allowedInfo).sorted())")
        // The checks that make a plan a plan ran and passed, not merely did not apply.
        for rule in ["congress.annual", "funds.budget", "structure.schedule", "structure.signature", "holidays.coverage"]
        where plan.profile != .federation || rule != "congress.annual" {
            #expect(report.checks.first { $0.ruleID == rule }?.status == .passed, "\(rule)")
        }
    }

    @Test(arguments: weak)
    func sloganPlanIsCaught(_ plan: Weak) throws {
        let (report, detected) = try report("weak", plan.file, profile: plan.profile)
        #expect(detected?.profile == plan.profile)
        let weak = Set(report.findings.filter { $0.category == .weak }.map(\.ruleID))
        let missing = Set(report.findings.filter { $0.category == .missing }.map(\.ruleID))
        #expect(weak.isSuperset(of: plan.weak), "not weak: \(plan.weak.subtracting(weak).sorted())")
        #expect(missing.isSuperset(of: plan.missing), "not missing: \(plan.missing.subtracting(missing).sorted())")
        // A slogan is never enough to pass: it fails the run at warning.
        #expect(report.count(atLeast: .warning) >= 4)
    }
}
