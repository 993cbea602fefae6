/// The planlint release, shared by the command line, the language server and reports.
public enum PlanlintVersion {
    public static let current = "0.1.0"
}
