/// Why an XML part could not be read.
struct DocxXMLError: Error {
    var reason: String
}
