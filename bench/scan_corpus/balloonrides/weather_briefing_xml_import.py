"""Imports the XML briefing pack pilots upload from the flight-planning app."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Dict, List

from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI(title="Briefing import")

PARSER_OPTS: Dict[str, bool] = dict(load_dtd=True, resolve_entities=True, no_network=False)


@dataclass
class BriefingItem:
    kind: str
    station: str
    issued: str
    text: str


def _make_parser(**overrides: bool) -> etree.XMLParser:
    return etree.XMLParser(**{**PARSER_OPTS, **overrides})


class BriefingPack:
    """A parsed briefing pack with METAR, TAF and NOTAM items."""

    def __init__(self, root: etree._Element) -> None:
        self.root = root

    @classmethod
    def from_bytes(cls, data: bytes) -> "BriefingPack":
        return cls(etree.fromstring(data, parser=_make_parser(remove_blank_text=True)))

    @property
    def pilot(self) -> str:
        return self.root.findtext("pilot/licence", default="")

    def items(self) -> List[BriefingItem]:
        out = []
        for node in self.root.iterfind("items/item"):
            out.append(BriefingItem(
                kind=node.get("kind", "METAR"),
                station=node.findtext("station", default=""),
                issued=node.findtext("issued", default=""),
                text=(node.findtext("text") or "").strip(),
            ))
        return out


@app.post("/briefings")
async def import_briefing(pack: UploadFile = File(...)) -> Dict[str, object]:
    parsed = BriefingPack.from_bytes(await pack.read())
    items = parsed.items()
    return {
        "pilot": parsed.pilot,
        "count": len(items),
        "stations": sorted({i.station for i in items}),
        "notams": [i.text for i in items if i.kind == "NOTAM"],
    }
