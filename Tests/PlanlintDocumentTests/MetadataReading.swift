import PlanlintDocument

/// The suites on what the reader makes of a text's title, year, kind and profile read a text
/// the one way.
protocol MetadataReading {}

extension MetadataReading {
    /// The metadata of `text`, read as a plain-text plan.
    func metadata(_ text: String) -> PlanMetadata { DocumentReader.document(text: text).metadata }
}
