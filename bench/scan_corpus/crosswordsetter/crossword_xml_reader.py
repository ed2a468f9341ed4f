"""Read Crossword Compiler XML exports sent by partner agencies.

Agencies that supply puzzles to us deliver them as Crossword Compiler XML.
The documents come from outside, so the parser neither loads DTDs nor
expands entities nor touches the network.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

NS = {"cc": "http://crossword.info/xml/rectangular-puzzle"}

SAFE_PARSER = etree.XMLParser(
    resolve_entities=False,
    load_dtd=False,
    no_network=True,
    huge_tree=False,
    remove_blank_text=True,
)


@dataclass
class AgencyPuzzle:
    title: str
    creator: str
    rows: list[str] = field(default_factory=list)
    clues: dict[str, str] = field(default_factory=dict)


def read_agency_xml(data: bytes) -> AgencyPuzzle:
    root = etree.fromstring(data, parser=SAFE_PARSER)
    meta = root.find(".//cc:metadata", NS)
    title = meta.findtext("cc:title", default="", namespaces=NS).strip() if meta is not None else ""
    creator = meta.findtext("cc:creator", default="", namespaces=NS).strip() if meta is not None else ""
    grid = root.find(".//cc:grid", NS)
    if grid is None:
        raise ValueError("document has no grid")
    width, height = int(grid.get("width")), int(grid.get("height"))
    matrix = [["#"] * width for _ in range(height)]
    for cell in grid.iterfind("cc:cell", NS):
        if cell.get("type") != "block":
            x, y = int(cell.get("x")) - 1, int(cell.get("y")) - 1
            matrix[y][x] = (cell.get("solution") or "?").upper()
    puzzle = AgencyPuzzle(title=title, creator=creator, rows=["".join(r) for r in matrix])
    for word_clues in root.iterfind(".//cc:clues", NS):
        heading = "".join(word_clues.find("cc:title", NS).itertext()).strip()
        for clue in word_clues.iterfind("cc:clue", NS):
            key = f"{clue.get('number')} {heading[:1].upper()}"
            puzzle.clues[key] = "".join(clue.itertext()).strip()
    return puzzle
