"""Import of KML files uploaded into a client workspace as GIS layers.

Placemarks are turned into GeoJSON features and handed to the layer store.
"""
from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from typing import Iterator

from lxml import etree

log = logging.getLogger(__name__)

KML_NS = {"kml": "http://www.opengis.net/kml/2.2"}


@dataclass
class Placemark:
    name: str
    description: str
    geometry: dict


class KmlImporter:
    @staticmethod
    def _make_parser() -> etree.XMLParser:
        return etree.XMLParser(resolve_entities=True, load_dtd=True, huge_tree=False)

    @staticmethod
    def _coords(text: str) -> list[list[float]]:
        points = []
        for chunk in text.split():
            parts = [float(v) for v in chunk.split(",")]
            points.append(parts[:2])
        return points

    def _geometry(self, placemark: etree._Element) -> dict | None:
        point = placemark.find(".//kml:Point/kml:coordinates", KML_NS)
        if point is not None and point.text:
            return {"type": "Point", "coordinates": self._coords(point.text)[0]}
        line = placemark.find(".//kml:LineString/kml:coordinates", KML_NS)
        if line is not None and line.text:
            return {"type": "LineString", "coordinates": self._coords(line.text)}
        ring = placemark.find(".//kml:Polygon//kml:outerBoundaryIs//kml:coordinates", KML_NS)
        if ring is not None and ring.text:
            return {"type": "Polygon", "coordinates": [self._coords(ring.text)]}
        return None

    def placemarks(self, data: bytes) -> Iterator[Placemark]:
        root = etree.fromstring(data, self._make_parser())
        for pm in root.iterfind(".//kml:Placemark", KML_NS):
            geometry = self._geometry(pm)
            if geometry is None:
                continue
            yield Placemark(
                name=pm.findtext("kml:name", default="", namespaces=KML_NS),
                description=pm.findtext("kml:description", default="", namespaces=KML_NS),
                geometry=geometry,
            )

    def to_feature_collection(self, data: bytes) -> str:
        features = [
            {
                "type": "Feature",
                "properties": {"name": p.name, "description": p.description},
                "geometry": p.geometry,
            }
            for p in self.placemarks(data)
        ]
        log.info("parsed %d placemarks", len(features))
        return json.dumps({"type": "FeatureCollection", "features": features})
