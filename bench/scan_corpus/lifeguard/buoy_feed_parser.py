"""Parses XML observation feeds pushed by partner offshore buoys."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import List

from fastapi import FastAPI, Request
from lxml import etree

PARSER_OPTIONS = {
    "remove_blank_text": True,
    "resolve_entities": True,
    "no_network": False,
    "huge_tree": False,
}


@dataclass
class BuoyObservation:
    station: str
    observed_at: datetime
    wave_height_m: float
    water_temp_c: float
    rip_risk: str


class BuoyFeedParser:
    def __init__(self, **overrides) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **overrides})

    def parse(self, payload: bytes) -> List[BuoyObservation]:
        root = etree.fromstring(payload, parser=self._parser)
        observations = []
        for node in root.iterfind("observation"):
            observations.append(
                BuoyObservation(
                    station=node.findtext("station", default="unknown"),
                    observed_at=datetime.fromisoformat(node.findtext("time")),
                    wave_height_m=float(node.findtext("waveHeight", default="0")),
                    water_temp_c=float(node.findtext("waterTemp", default="0")),
                    rip_risk=node.findtext("ripRisk", default="low"),
                )
            )
        return observations


app = FastAPI()
feed_parser = BuoyFeedParser()


@app.post("/feeds/buoys")
async def ingest(request: Request) -> dict:
    observations = feed_parser.parse(await request.body())
    return {"stations": sorted({o.station for o in observations}), "count": len(observations)}
