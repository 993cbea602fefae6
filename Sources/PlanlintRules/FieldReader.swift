import Foundation
import PlanlintYAML

/// Reads the fields of one YAML mapping, collecting typed errors instead of stopping at the
/// first, and reports the fields nobody asked for as unknown (with a "did you mean").
struct FieldReader {
    let node: YAMLNode
    let file: String
    /// How the mapping is named in messages; a rule's becomes "rule 'id'" once its id is read.
    var context: String
    private(set) var errors: [RuleLoadError] = []
    /// The names asked for, present or not (the candidates of "did you mean"): a list, as the
    /// code asks for a few dozen at most.
    private var read: [String] = []
    private let pairs: [YAMLNode.Pair]
    /// Position of each scalar key in `pairs` for large mappings, so reading a field stays
    /// O(1): a hostile file with tens of thousands of vocabularies must not make loading
    /// quadratic. A rule's mapping has a dozen keys, and scanning them is cheaper than
    /// hashing (rule loading is on the path of every one-plan run).
    private let keyIndex: [String: Int]?
    private static let indexedSize = 24

    init(_ node: YAMLNode, file: String, context: String) {
        self.node = node
        self.file = file
        self.context = context
        self.pairs = node.mapping ?? []
        if pairs.count > Self.indexedSize {
            var keyIndex: [String: Int] = [:]
            for (index, pair) in pairs.enumerated() {
                if let key = pair.key.scalar, keyIndex[key] == nil { keyIndex[key] = index }
            }
            self.keyIndex = keyIndex
        } else {
            keyIndex = nil
        }
        if node.mapping == nil {
            errors.append(
                RuleLoadError(.wrongType, file: file, mark: node.mark, "\(context) must be a mapping, not \(node.kindName)"))
        }
    }

    mutating func fail(_ kind: RuleLoadError.Kind, at mark: YAMLMark, _ message: String) {
        errors.append(RuleLoadError(kind, file: file, mark: mark, message))
    }

    mutating func absorb(_ other: [RuleLoadError]) {
        errors.append(contentsOf: other)
    }

    /// The raw node of a field, marking it as known.
    mutating func node(_ key: String) -> YAMLNode? {
        read.append(key)
        guard let index = index(of: key), case let value = pairs[index].value, !value.isNull else { return nil }
        return value
    }

    func has(_ key: String) -> Bool {
        index(of: key) != nil
    }

    /// Where the first pair with this scalar key is.
    private func index(of key: String) -> Int? {
        if let keyIndex { return keyIndex[key] }
        return pairs.firstIndex { $0.key.scalar == key }
    }

    mutating func string(_ key: String, required: Bool = false) -> String? {
        guard let value = node(key) else {
            if required { fail(.missingField, at: node.mark, "\(context) has no '\(key)'") }
            return nil
        }
        guard let text = value.scalar else {
            fail(.wrongType, at: value.mark, "'\(key)' must be text, not \(value.kindName)")
            return nil
        }
        if required && text.allSatisfy(\.isWhitespace) {
            fail(.missingField, at: value.mark, "'\(key)' is empty")
            return nil
        }
        return text
    }

    mutating func int(_ key: String, minimum: Int = 0, maximum: Int? = nil) -> Int? {
        guard let value = node(key) else { return nil }
        guard let text = value.scalar, let number = Int(text) else {
            fail(.wrongType, at: value.mark, "'\(key)' must be a whole number")
            return nil
        }
        guard number >= minimum else {
            fail(.invalidValue, at: value.mark, "'\(key)' must be at least \(minimum)")
            return nil
        }
        if let maximum, number > maximum {
            fail(.invalidValue, at: value.mark, "'\(key)' must be at most \(maximum)")
            return nil
        }
        return number
    }

    mutating func bool(_ key: String) -> Bool? {
        guard let value = node(key) else { return nil }
        switch value.scalar {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            fail(.wrongType, at: value.mark, "'\(key)' must be true or false")
            return nil
        }
    }

    /// A list of strings; a single string is accepted as a list of one.
    mutating func strings(_ key: String) -> [(String, YAMLMark)]? {
        guard let value = node(key) else { return nil }
        return stringList(value, field: key)
    }

    mutating func stringList(_ value: YAMLNode, field: String) -> [(String, YAMLMark)]? {
        if let text = value.scalar { return [(text, value.mark)] }
        guard let items = value.sequence else {
            fail(.wrongType, at: value.mark, "'\(field)' must be a list of text, not \(value.kindName)")
            return nil
        }
        var result: [(String, YAMLMark)] = []
        for item in items {
            if let text = item.scalar {
                result.append((text, item.mark))
            } else {
                fail(.wrongType, at: item.mark, "each entry of '\(field)' must be text, not \(item.kindName)")
            }
        }
        return result
    }

    /// A value from a fixed set of words.
    mutating func choice<T>(_ key: String, _ options: [String: T]) -> T? {
        guard let value = node(key) else { return nil }
        guard let text = value.scalar, let choice = options[text] else {
            let expected = options.keys.sorted().joined(separator: ", ")
            fail(.invalidValue, at: value.mark, "'\(key)' must be one of: \(expected)")
            return nil
        }
        return choice
    }

    /// Reports every field of the mapping that was never asked for.
    mutating func finish() {
        // A set only where the mapping is large; a rule's keys are checked against the list.
        let known = pairs.count > Self.indexedSize ? Set(read) : nil
        let asked = read
        for pair in pairs {
            guard let key = pair.key.scalar else {
                fail(.wrongType, at: pair.key.mark, "keys of \(context) must be text")
                continue
            }
            if !(known?.contains(key) ?? asked.contains(key)) {
                var message = "unknown field '\(key)' in \(context)"
                if let guess = SpellingSuggestion.closest(to: key, in: asked) { message += " (did you mean '\(guess)'?)" }
                fail(.unknownField, at: pair.key.mark, message)
            }
        }
    }
}
