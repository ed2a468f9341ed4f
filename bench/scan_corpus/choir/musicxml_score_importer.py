"""Imports MusicXML scores uploaded by arrangers into the score library.

We read part names, voicing and measure counts so the librarian can catalogue
a new arrangement without opening it in notation software.
"""
from dataclasses import dataclass
from pathlib import Path

from lxml import etree

MUSICXML_PARSER_OPTIONS = {
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
    "remove_blank_text": True,
    "huge_tree": False,
}

VOICE_NAMES = {"soprano": "S", "alto": "A", "tenor": "T", "bass": "B", "baritone": "Bar"}


@dataclass
class ScoreSummary:
    title: str
    composer: str
    parts: list[str]
    voicing: str
    measures: int


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**MUSICXML_PARSER_OPTIONS)


def _text(root, path: str, default: str = "") -> str:
    node = root.find(path)
    return node.text.strip() if node is not None and node.text else default


def summarise(data: bytes) -> ScoreSummary:
    root = etree.fromstring(data, parser=_parser())
    if root.tag not in ("score-partwise", "score-timewise"):
        raise ValueError(f"Not a MusicXML score: <{root.tag}>")
    title = _text(root, "work/work-title") or _text(root, "movement-title", "Untitled")
    composer = ""
    for creator in root.iterfind("identification/creator"):
        if creator.get("type") == "composer" and creator.text:
            composer = creator.text.strip()
    parts = [p.text.strip() for p in root.iterfind("part-list/score-part/part-name") if p.text]
    letters = []
    for name in parts:
        key = name.split()[0].lower().rstrip("s")
        letters.append(VOICE_NAMES.get(key, "?"))
    first_part = root.find("part")
    measures = len(first_part.findall("measure")) if first_part is not None else 0
    return ScoreSummary(title, composer, parts, "".join(letters), measures)


def import_upload(path: Path) -> ScoreSummary:
    if path.suffix.lower() not in (".xml", ".musicxml"):
        raise ValueError("Upload a .musicxml or .xml file")
    return summarise(path.read_bytes())
