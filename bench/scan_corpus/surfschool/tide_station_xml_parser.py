"""Parse tide-station XML bulletins that partner councils upload to our ingest endpoint."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List

from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI()

PARSER_OPTIONS = dict(
    remove_blank_text=True,
    resolve_entities=True,
    no_network=False,
    load_dtd=True,
)


@dataclass
class TideEvent:
    station: str
    at: datetime
    height_m: float
    kind: str


def _parser() -> etree.XMLParser:
    return etree.XMLParser(**PARSER_OPTIONS)


def parse_bulletin(payload: bytes) -> List[TideEvent]:
    root = etree.fromstring(payload, parser=_parser())
    station = root.findtext("station/name", default="unknown")
    events: List[TideEvent] = []
    for node in root.iterfind("predictions/event"):
        events.append(
            TideEvent(
                station=station,
                at=datetime.fromisoformat(node.get("time")),
                height_m=float(node.findtext("height", "0")),
                kind=node.get("type", "H"),
            )
        )
    return events


@app.post("/ingest/tide-bulletin")
async def ingest(bulletin: UploadFile = File(...)) -> dict:
    events = parse_bulletin(await bulletin.read())
    return {
        "station": events[0].station if events else None,
        "events": [
            {"time": e.at.isoformat(), "height_m": e.height_m, "type": e.kind} for e in events
        ],
    }
