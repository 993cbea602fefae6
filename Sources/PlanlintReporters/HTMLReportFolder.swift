import Foundation
import PlanlintEngine

/// Writes the HTML report as a folder (`HTMLReporter.renderFolder`): `index.html` and one
/// page per plan under `plans/`. Each page is written as any report is (`OutputFile`: under a
/// temporary name, renamed when complete), the index last, so an index never links a page
/// not yet written.
public enum HTMLReportFolder {
    /// Whether `-o PATH` asks for a folder: an existing folder, or a path ending in `/`.
    public static func isFolder(_ path: String) -> Bool {
        if path.hasSuffix("/") { return true }
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    /// Writes `pages` (paths relative to `folder`) into `folder`, making it and `plans/` as
    /// needed. Plan pages a previous, larger run left behind (`plans/N.html` beyond this
    /// run's plans) are removed, so the folder is this run's report alone; no other file is
    /// touched.
    public static func write(_ pages: [(path: String, html: String)], to folder: String) throws(OutputFileError) {
        let plans = (folder as NSString).appendingPathComponent("plans")
        do {
            try FileManager.default.createDirectory(atPath: plans, withIntermediateDirectories: true)
        } catch {
            throw OutputFileError(path: folder, reason: "cannot make the report folder (\(error.localizedDescription))")
        }
        let written = Set(pages.map(\.path))
        for page in pages.sorted(by: { ($0.path == "index.html" ? 1 : 0) < ($1.path == "index.html" ? 1 : 0) }) {
            let file = try OutputFile(path: (folder as NSString).appendingPathComponent(page.path))
            file.write(page.html)
            do {
                try file.commit()
            } catch let error as OutputFileError {
                throw error
            } catch {
                throw OutputFileError(path: file.path, reason: "\(error)")
            }
        }
        for name in (try? FileManager.default.contentsOfDirectory(atPath: plans)) ?? [] where isPlanPage(name) {
            guard !written.contains("plans/" + name) else { continue }
            try? FileManager.default.removeItem(atPath: (plans as NSString).appendingPathComponent(name))
        }
    }

    /// A name `HTMLReporter.planPage` gives: digits, then `.html`.
    static func isPlanPage(_ name: String) -> Bool {
        guard name.hasSuffix(".html") else { return false }
        let stem = name.dropLast(5)
        return !stem.isEmpty && stem.allSatisfy(\.isASCII) && stem.allSatisfy(\.isNumber)
    }
}
