"""Imports irrigation programmes exported as XML from the central control software."""
from __future__ import annotations

from dataclasses import dataclass

from fastapi import FastAPI, File, UploadFile
from lxml import etree

app = FastAPI()


class ImportSettings:
    parser_options = {"resolve_entities": True, "no_network": False, "remove_blank_text": True}
    max_upload_bytes = 2_000_000


@dataclass
class ZoneRun:
    station: int
    zone: int
    start: str
    minutes: int


class ProgrammeParser:
    def __init__(self, settings: type[ImportSettings] = ImportSettings) -> None:
        self._parser = etree.XMLParser(**settings.parser_options)

    def parse(self, document: bytes) -> tuple[str, list[ZoneRun]]:
        root = etree.fromstring(document, parser=self._parser)
        name = root.findtext("Name", default="unnamed")
        runs = [
            ZoneRun(
                station=int(z.get("station")),
                zone=int(z.get("number")),
                start=z.findtext("Start", default="00:00"),
                minutes=int(z.findtext("Minutes", default="0")),
            )
            for z in root.iterfind(".//Zone")
        ]
        return name, runs


@app.post("/irrigation/programmes")
async def import_programme(upload: UploadFile = File(...)) -> dict:
    document = await upload.read(ImportSettings.max_upload_bytes)
    name, runs = ProgrammeParser().parse(document)
    per_station: dict[int, int] = {}
    for run in runs:
        per_station[run.station] = per_station.get(run.station, 0) + run.minutes
    return {"programme": name, "zones": len(runs), "minutes_by_station": per_station}
