"""What scripts/script-parity.py and scripts/docx-parity.py print for each plan: how its
conversion (to traditional script, to a Word file) reads differently from the original."""
import collections


def tally(label, name, original, converted):
    """original, converted: (reading, findings), a reading being a dict (kind, profile, year…)
    and findings a Counter of (rule, kind, place). Prints every difference under `label` and
    returns (read differently, findings lost, findings gained) for this plan."""
    reading, findings = original
    other_reading, other = converted
    changed = 0
    if reading != other_reading:
        changed = 1
        print(f"{label} {name}: read as {other_reading}, not {reading}")
    lost = collections.Counter(findings - other)
    gained = collections.Counter(other - findings)
    for rule, kind, place in sorted(lost.elements(), key=str):
        print(f"{label} {name}:{place}: lost {rule} ({kind})")
    for rule, kind, place in sorted(gained.elements(), key=str):
        print(f"{label} {name}:{place}: gained {rule} ({kind})")
    return changed, sum(lost.values()), sum(gained.values())
