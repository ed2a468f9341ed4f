"""Imports site surveys delivered by surveying contractors.

Contractors send one KML document per survey round with the position,
facing and illumination of each billboard structure they visited.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

from lxml import etree
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

KML_NS = {"kml": "http://www.opengis.net/kml/2.2"}


@dataclass
class SurveyedStructure:
    site_code: str
    lon: float
    lat: float
    facing: str
    illuminated: bool


def _parser() -> etree.XMLParser:
    return etree.XMLParser(load_dtd=True, resolve_entities=True, huge_tree=False)


def parse_survey(xml_bytes: bytes) -> list[SurveyedStructure]:
    root = etree.fromstring(xml_bytes, parser=_parser())
    structures = []
    for placemark in root.iterfind(".//kml:Placemark", KML_NS):
        name = placemark.findtext("kml:name", default="", namespaces=KML_NS).strip()
        coords = placemark.findtext(".//kml:coordinates", default="", namespaces=KML_NS)
        data = {
            d.get("name"): d.findtext("kml:value", default="", namespaces=KML_NS)
            for d in placemark.iterfind(".//kml:Data", KML_NS)
        }
        try:
            lon, lat, *_ = (float(v) for v in coords.strip().split(","))
        except ValueError:
            log.warning("skipping %s: bad coordinates %r", name, coords)
            continue
        structures.append(
            SurveyedStructure(
                site_code=name,
                lon=lon,
                lat=lat,
                facing=data.get("facing", "").upper()[:2],
                illuminated=data.get("illuminated", "no").lower() in ("yes", "true", "1"),
            )
        )
    return structures


def import_survey(engine: Engine, survey_round: int, xml_bytes: bytes) -> int:
    structures = parse_survey(xml_bytes)
    with engine.begin() as conn:
        for s in structures:
            conn.execute(
                text(
                    "UPDATE sites SET lon = :lon, lat = :lat, facing = :facing, "
                    "illuminated = :illum, survey_round = :round WHERE site_code = :code"
                ),
                {"lon": s.lon, "lat": s.lat, "facing": s.facing,
                 "illum": s.illuminated, "round": survey_round, "code": s.site_code},
            )
    log.info("survey round %s: %d structures updated", survey_round, len(structures))
    return len(structures)
