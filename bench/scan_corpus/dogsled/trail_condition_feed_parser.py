"""Ingests snow and wind readings that remote weather stations POST as XML."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from fastapi import FastAPI, HTTPException, Request
from lxml import etree

app = FastAPI()


@dataclass
class StationReading:
    station_id: str
    observed_at: datetime
    snow_depth_cm: float
    wind_ms: float
    temperature_c: float


class StationXmlParser:
    """Parses the vendor's <observation> documents."""

    parser_options = {
        "remove_blank_text": True,
        "resolve_entities": True,
        "no_network": False,
        "load_dtd": True,
    }

    def __init__(self) -> None:
        self._parser = etree.XMLParser(**self.parser_options)

    def parse(self, payload: bytes) -> list[StationReading]:
        root = etree.fromstring(payload, parser=self._parser)
        station = root.get("station") or root.findtext("station")
        readings = []
        for obs in root.iter("observation"):
            readings.append(
                StationReading(
                    station_id=station,
                    observed_at=datetime.fromisoformat(obs.get("time")),
                    snow_depth_cm=float(obs.findtext("snowDepth", "0")),
                    wind_ms=float(obs.findtext("wind", "0")),
                    temperature_c=float(obs.findtext("temp", "0")),
                )
            )
        return readings


parser = StationXmlParser()
LATEST: dict[str, StationReading] = {}


@app.post("/stations/readings")
async def receive_readings(request: Request) -> dict[str, int]:
    body = await request.body()
    try:
        readings = parser.parse(body)
    except (etree.XMLSyntaxError, ValueError, TypeError) as exc:
        raise HTTPException(status_code=400, detail=str(exc)) from exc
    for r in readings:
        LATEST[r.station_id] = r
    return {"stored": len(readings)}
