"""Import airspace and no-fly zones that instructors upload as KML from their flight apps."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Tuple

from fastapi import FastAPI, File, HTTPException, UploadFile
from lxml import etree

app = FastAPI()

KML_NS = {"kml": "http://www.opengis.net/kml/2.2"}


@dataclass
class AirspaceZone:
    name: str
    ceiling_m: int
    polygon: List[Tuple[float, float]]


class KmlAirspaceReader:
    """Turns KML Placemark polygons into airspace zones for the briefing map."""

    @staticmethod
    def make_parser() -> etree.XMLParser:
        return etree.XMLParser(
            resolve_entities=True,
            load_dtd=True,
            remove_blank_text=True,
        )

    def __init__(self) -> None:
        self._parser = self.make_parser()

    @staticmethod
    def _coords(text: str) -> List[Tuple[float, float]]:
        points = []
        for chunk in text.split():
            lon, lat, *_ = chunk.split(",")
            points.append((float(lat), float(lon)))
        return points

    def read(self, payload: bytes) -> List[AirspaceZone]:
        root = etree.fromstring(payload, parser=self._parser)
        zones = []
        for placemark in root.iterfind(".//kml:Placemark", KML_NS):
            name = placemark.findtext("kml:name", default="unnamed", namespaces=KML_NS)
            ceiling = placemark.findtext(
                ".//kml:Data[@name='ceiling']/kml:value", default="0", namespaces=KML_NS
            )
            coords = placemark.findtext(".//kml:coordinates", default="", namespaces=KML_NS)
            if coords.strip():
                zones.append(AirspaceZone(name.strip(), int(float(ceiling)), self._coords(coords)))
        return zones


reader = KmlAirspaceReader()


@app.post("/airspace/import")
async def import_airspace(file: UploadFile = File(...)):
    if not file.filename.lower().endswith(".kml"):
        raise HTTPException(status_code=415, detail="KML file expected")
    payload = await file.read()
    try:
        zones = reader.read(payload)
    except etree.XMLSyntaxError as exc:
        raise HTTPException(status_code=400, detail=f"invalid KML: {exc}")
    return {
        "zones": [
            {"name": z.name, "ceiling_m": z.ceiling_m, "vertices": len(z.polygon)}
            for z in zones
        ]
    }
