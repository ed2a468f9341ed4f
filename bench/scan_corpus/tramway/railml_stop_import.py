"""Imports stop and platform definitions from railML files supplied by the network planner."""
from __future__ import annotations

from dataclasses import dataclass
from typing import List, Optional

from lxml import etree

RAILML_NS = {"rml": "https://www.railml.org/schemas/3.2"}

HARDENED_PARSER = etree.XMLParser(
    resolve_entities=False,
    no_network=True,
    load_dtd=False,
    dtd_validation=False,
    huge_tree=False,
    remove_comments=True,
)


@dataclass
class Platform:
    stop_code: str
    name: str
    platform_ref: str
    lat: Optional[float] = None
    lon: Optional[float] = None


def _float(value: Optional[str]) -> Optional[float]:
    try:
        return float(value) if value is not None else None
    except ValueError:
        return None


def parse_platforms(xml_bytes: bytes) -> List[Platform]:
    root = etree.fromstring(xml_bytes, parser=HARDENED_PARSER)
    platforms: List[Platform] = []
    for op in root.iterfind(".//rml:operationalPoint", RAILML_NS):
        code = op.get("code", "")
        name = op.findtext("rml:name", default=code, namespaces=RAILML_NS)
        for edge in op.iterfind(".//rml:platformEdge", RAILML_NS):
            pos = edge.find("rml:geoCoord", RAILML_NS)
            platforms.append(
                Platform(
                    stop_code=code,
                    name=name,
                    platform_ref=edge.get("ref", ""),
                    lat=_float(pos.get("lat")) if pos is not None else None,
                    lon=_float(pos.get("lon")) if pos is not None else None,
                )
            )
    return platforms


def import_file(path: str) -> List[Platform]:
    with open(path, "rb") as fh:
        return parse_platforms(fh.read())
