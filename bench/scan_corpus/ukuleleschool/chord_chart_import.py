"""Imports chord charts exported from notation software (MusicXML harmony elements)."""
from collections import Counter
from typing import Dict, List

from lxml import etree

KIND_SUFFIX = {
    "major": "",
    "minor": "m",
    "dominant": "7",
    "major-seventh": "maj7",
    "minor-seventh": "m7",
    "diminished": "dim",
    "augmented": "aug",
    "suspended-fourth": "sus4",
}


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, load_dtd=False, no_network=True, huge_tree=False)


def _chord_name(harmony: etree._Element) -> str:
    step = harmony.findtext("root/root-step", default="C")
    alter = harmony.findtext("root/root-alter")
    accidental = {"1": "#", "-1": "b"}.get((alter or "").strip(), "")
    kind = harmony.findtext("kind", default="major").strip()
    return f"{step}{accidental}{KIND_SUFFIX.get(kind, '')}"


def chords_from_musicxml(data: bytes) -> List[Dict[str, object]]:
    root = etree.fromstring(data, _safe_parser())
    chart = []
    for measure in root.iterfind("part/measure"):
        names = [_chord_name(h) for h in measure.iterfind("harmony")]
        if names:
            chart.append({"measure": int(measure.get("number", "0") or 0), "chords": names})
    return chart


def chord_vocabulary(chart: List[Dict[str, object]]) -> Counter:
    counts: Counter = Counter()
    for bar in chart:
        counts.update(bar["chords"])
    return counts


def chart_as_text(chart: List[Dict[str, object]], bars_per_line: int = 4) -> str:
    cells = [" ".join(bar["chords"]) for bar in chart]
    lines = []
    for i in range(0, len(cells), bars_per_line):
        lines.append("| " + " | ".join(c.ljust(8) for c in cells[i:i + bars_per_line]) + " |")
    return "\n".join(lines)
