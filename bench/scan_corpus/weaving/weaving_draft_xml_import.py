"""Imports weaving drafts exported as XML by third-party drafting programs."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import BinaryIO

from lxml import etree


@dataclass
class Draft:
    name: str
    shafts: int
    treadles: int
    threading: dict[int, int] = field(default_factory=dict)
    treadling: dict[int, int] = field(default_factory=dict)
    colours: dict[int, str] = field(default_factory=dict)


class DraftXmlImporter:
    """Reads <draft> documents uploaded to the pattern library."""

    namespace = "urn:weaving:draft:1"

    @classmethod
    def make_parser(cls) -> etree.XMLParser:
        return etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)

    def __init__(self) -> None:
        self._parser = self.make_parser()

    def _q(self, tag: str) -> str:
        return f"{{{self.namespace}}}{tag}"

    def load(self, stream: BinaryIO) -> Draft:
        root = etree.parse(stream, self._parser).getroot()
        if root.tag != self._q("draft"):
            raise ValueError(f"unexpected root element {root.tag}")
        draft = Draft(
            name=root.findtext(self._q("name"), default="untitled").strip(),
            shafts=int(root.get("shafts", "4")),
            treadles=int(root.get("treadles", "6")),
        )
        for end in root.iterfind(f"{self._q('threading')}/{self._q('end')}"):
            draft.threading[int(end.get("n"))] = int(end.get("shaft"))
        for pick in root.iterfind(f"{self._q('treadling')}/{self._q('pick')}"):
            draft.treadling[int(pick.get("n"))] = int(pick.get("treadle"))
        for colour in root.iterfind(f"{self._q('palette')}/{self._q('colour')}"):
            draft.colours[int(colour.get("id"))] = colour.text or "#000000"
        return draft


def import_uploaded_draft(path: str) -> Draft:
    with open(path, "rb") as fh:
        return DraftXmlImporter().load(fh)
