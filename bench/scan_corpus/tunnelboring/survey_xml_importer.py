"""Import LandXML survey files submitted by the setting-out subcontractor.

Files contain tunnel centreline control points and as-built ring survey
offsets; they arrive through the subcontractor portal upload form.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from lxml import etree

LANDXML_NS = {"lx": "http://www.landxml.org/schema/LandXML-1.2"}

PARSER_OPTIONS = dict(load_dtd=True, resolve_entities=True, no_network=False, huge_tree=False)


@dataclass
class ControlPoint:
    name: str
    northing: float
    easting: float
    elevation: float
    description: str


class LandXmlImporter:
    def __init__(self, **parser_overrides) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **parser_overrides})

    def _root(self, payload: bytes) -> etree._Element:
        return etree.fromstring(payload, parser=self._parser)

    def control_points(self, payload: bytes) -> Iterator[ControlPoint]:
        root = self._root(payload)
        for pnt in root.iterfind(".//lx:CgPoints/lx:CgPoint", LANDXML_NS):
            coords = (pnt.text or "").split()
            if len(coords) < 3:
                continue
            northing, easting, elevation = (float(c) for c in coords[:3])
            yield ControlPoint(
                name=pnt.get("name", ""),
                northing=northing,
                easting=easting,
                elevation=elevation,
                description=pnt.get("desc", ""),
            )


def import_upload(payload: bytes) -> list[ControlPoint]:
    return list(LandXmlImporter().control_points(payload))
