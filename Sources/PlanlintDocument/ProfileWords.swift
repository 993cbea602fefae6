import Foundation
import PlanlintRules

/// The words in a plan's body that point to the kind of organisation it serves, as the
/// document reader counts them when it guesses the profile.
///
/// A caller that scans the normalised text anyway (the engine's automaton) can count them in
/// that pass and hand the counts to `DocumentReader` (`ProfileWords.Counter`), which then
/// skips its own scan.
public enum ProfileWords {
    /// Body words per profile, in the order the counts are given.
    public static var body: [[String]] { MetadataExtractor.bodyWords }

    /// Only occurrences starting in the first this many bytes of the normalised text count.
    public static var scanLimit: Int { MetadataExtractor.profileScanBytes }

    /// Counts, for each list of `body`, the occurrences of its words (overlapping ones
    /// included) starting before `scanLimit` in a document's normalised text, as `scores`
    /// sums them.
    public typealias Counter = (_ normalized: [UInt8]) -> [Int]

    /// Each profile's score from the counts of its words (`wordCounts[p][w]`: occurrences of
    /// `body[p][w]`). A word inside a longer word of another profile counts for the longer
    /// one only: 企业工会 is a firm's own word, but 新建企业工会 (founding a firm's union) a
    /// federation's, and each of its occurrences would otherwise count for both.
    public static func scores(wordCounts: [[Int]]) -> [Int] {
        var counts = wordCounts
        for (inner, outer, times) in containments where inner.profile < counts.count && outer.profile < counts.count {
            let within = wordCounts[outer.profile][outer.word] * times
            counts[inner.profile][inner.word] = max(0, counts[inner.profile][inner.word] - within)
        }
        withoutATeachingHospitalsSchoolWords(&counts)
        return counts.map { $0.reduce(0, +) }
    }

    /// A university's hospital calls its congress a 教代会, its staff 教职工 and 教工, and keeps
    /// 教师节: words it shares with schools. They count for a school only where the body has
    /// another school word (学校, 学生, 教学, …) or does not name a hospital by at least
    /// `teachingHospitalEvidence` of its own words (医院, 患者, 医患, 门诊, …; not 我院, 全院 or
    /// 院党委, which a college says too). A teaching hospital's month plan (召开教代会 four
    /// times, 医院文化, 医患沟通) read as a school's.
    static func withoutATeachingHospitalsSchoolWords(_ counts: inout [[Int]]) {
        guard let school = schoolIndex, let hospital = hospitalIndex, school < counts.count, hospital < counts.count,
            hospitalsOwnWords.reduce(0, { $0 + counts[hospital][$1] }) >= teachingHospitalEvidence,
            counts[school].indices.allSatisfy({ sharedSchoolWordIndices.contains($0) || counts[school][$0] == 0 })
        else { return }
        for word in sharedSchoolWordIndices { counts[school][word] = 0 }
    }

    // Found once: looked up for every plan (words compared as strings, a set of strings
    // hashed), they cost more than guessing the rest of its profile.
    private static let schoolIndex = profileIndex(.school)
    private static let hospitalIndex = profileIndex(.hospital)
    /// Where `sharedSchoolWords` are in the school's body words.
    private static let sharedSchoolWordIndices: [Int] = schoolIndex.map { school in
        sharedSchoolWords.compactMap { body[school].firstIndex(of: $0) }
    } ?? []
    /// The hospital's body words but `collegeHospitalWords`, by index.
    private static let hospitalsOwnWords: [Int] = hospitalIndex.map { hospital in
        body[hospital].indices.filter { !collegeHospitalWords.contains(body[hospital][$0]) }
    } ?? []

    /// School words a teaching hospital says of itself (`withoutATeachingHospitalsSchoolWords`).
    static let sharedSchoolWords = ["教代会", "教职工", "教工", "教师"]
    /// Hospital words a college says of itself as well (我院: our college).
    static let collegeHospitalWords: Set<String> = ["我院", "全院", "院党委"]
    /// How many of its own words name a hospital whose congress is a 教代会.
    static let teachingHospitalEvidence = 3

    private static func profileIndex(_ profile: OrganisationProfile) -> Int? {
        MetadataExtractor.profileWords.firstIndex { $0.0 == profile }
    }

    /// (inner, outer, how often inner occurs in outer) for each word of one profile inside a
    /// word of another.
    ///
    /// Built in every process before its first plan is scored. Every pair of body words is
    /// compared on the words' bytes laid end to end in one buffer, and a pair whose outer word
    /// lacks a byte of the inner one (`ByteBloom`, most pairs) is passed over: comparing every
    /// pair at every offset through array slices cost 1.2 M instructions, more than reading a
    /// plan of 20 KB.
    static let containments: [(inner: (profile: Int, word: Int), outer: (profile: Int, word: Int), times: Int)] = {
        var words: [(profile: Int, word: Int)] = []
        var bytes: [UInt8] = []
        var bounds: [Range<Int>] = []
        for (profile, list) in body.enumerated() {
            for (word, text) in list.enumerated() {
                let start = bytes.count
                bytes += ScriptNormalizer.normalizedBytes(text)
                words.append((profile, word))
                bounds.append(start..<bytes.count)
            }
        }
        let blooms = bounds.map { ByteBloom(bytes[$0]) }
        var found: [(inner: (profile: Int, word: Int), outer: (profile: Int, word: Int), times: Int)] = []
        bytes.withUnsafeBufferPointer { all in
            for inner in words.indices {
                let needle = bounds[inner]
                for outer in words.indices where words[outer].profile != words[inner].profile
                    && bounds[outer].count > needle.count && blooms[outer].mayHold(blooms[inner])
                {
                    // Occurrences at every offset, overlapping ones included.
                    let haystack = bounds[outer]
                    var times = 0
                    for start in haystack.lowerBound...(haystack.upperBound - needle.count)
                    where memcmp(all.baseAddress! + start, all.baseAddress! + needle.lowerBound, needle.count) == 0 {
                        times += 1
                    }
                    if times > 0 { found.append((words[inner], words[outer], times)) }
                }
            }
        }
        return found
    }()
}
