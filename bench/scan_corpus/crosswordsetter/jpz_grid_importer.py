"""Import grids exported from Crossword Compiler as ``.jpz`` / XML.

Many setters compose in Crossword Compiler and upload its XML export. The
importer reads the grid cells and the clue lists and returns a structure the
editing tool can load.
"""
from __future__ import annotations

import zipfile
from dataclasses import dataclass, field
from io import BytesIO

from lxml import etree

CC_NS = {"cc": "http://crossword.info/xml/rectangular-puzzle"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class ImportedGrid:
    title: str
    width: int
    height: int
    cells: dict[tuple[int, int], str] = field(default_factory=dict)
    across: dict[int, str] = field(default_factory=dict)
    down: dict[int, str] = field(default_factory=dict)


def _xml_bytes(upload: bytes) -> bytes:
    if upload[:2] == b"PK":
        with zipfile.ZipFile(BytesIO(upload)) as zf:
            names = [n for n in zf.namelist() if n.endswith(".xml")]
            if not names:
                raise ValueError("no XML document inside .jpz")
            return zf.read(names[0])
    return upload


def import_jpz(upload: bytes) -> ImportedGrid:
    root = etree.fromstring(_xml_bytes(upload), parser=_PARSER)
    puzzle = root.find(".//cc:rectangular-puzzle", CC_NS)
    if puzzle is None:
        raise ValueError("not a rectangular puzzle")
    title = puzzle.findtext(".//cc:title", default="", namespaces=CC_NS).strip()
    grid = puzzle.find(".//cc:grid", CC_NS)
    result = ImportedGrid(title=title, width=int(grid.get("width")), height=int(grid.get("height")))
    for cell in grid.iterfind("cc:cell", CC_NS):
        if cell.get("type") == "block":
            continue
        x, y = int(cell.get("x")), int(cell.get("y"))
        result.cells[(x, y)] = (cell.get("solution") or "").upper()
    for clues in puzzle.iterfind(".//cc:clues", CC_NS):
        heading = "".join(clues.find("cc:title", CC_NS).itertext()).strip().lower()
        target = result.across if heading.startswith("across") else result.down
        for clue in clues.iterfind("cc:clue", CC_NS):
            target[int(clue.get("number"))] = "".join(clue.itertext()).strip()
    return result
