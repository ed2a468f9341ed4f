"""Import of field boundaries from KML files uploaded in the farmer portal.

Farmers export their parcels from Google Earth or the county GIS viewer and
upload the KML; each Placemark polygon becomes an irrigation block.
"""

from __future__ import annotations

from dataclasses import dataclass

from lxml import etree

KML_NS = {"kml": "http://www.opengis.net/kml/2.2"}

# County GIS exports declare their own entities for parcel metadata, and some are large.
_PARSER_OPTS = dict(load_dtd=True, resolve_entities=True, huge_tree=True, remove_blank_text=True)


@dataclass
class Boundary:
    name: str
    coordinates: list[tuple[float, float]]


def _parse_coords(text: str) -> list[tuple[float, float]]:
    points = []
    for chunk in text.split():
        lon, lat, *_ = chunk.split(",")
        points.append((float(lon), float(lat)))
    return points


def read_boundaries(kml_bytes: bytes) -> list[Boundary]:
    parser = etree.XMLParser(**_PARSER_OPTS)
    root = etree.fromstring(kml_bytes, parser=parser)
    result = []
    for pm in root.iterfind(".//kml:Placemark", KML_NS):
        name = pm.findtext("kml:name", default="Unnamed block", namespaces=KML_NS).strip()
        coords = pm.findtext(".//kml:Polygon//kml:coordinates", namespaces=KML_NS)
        if coords:
            result.append(Boundary(name=name, coordinates=_parse_coords(coords)))
    return result


def import_upload(upload, farm_id: int, block_repo) -> int:
    boundaries = read_boundaries(upload.read())
    for b in boundaries:
        block_repo.create(farm_id=farm_id, name=b.name, polygon=b.coordinates)
    return len(boundaries)
