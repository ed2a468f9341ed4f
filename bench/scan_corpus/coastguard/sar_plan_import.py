"""Import of SAR action plans exported from the neighbouring RCC's planning tool.

The plans come in as XML attachments on the inter-RCC coordination portal.
"""
from dataclasses import dataclass

from lxml import etree

_parser = etree.XMLParser(resolve_entities=True, load_dtd=True, no_network=False)


@dataclass
class SearchLeg:
    asset: str
    pattern: str
    start_lat: float
    start_lon: float
    track_spacing_nm: float


def parse_plan(xml_bytes: bytes) -> tuple[str, list[SearchLeg]]:
    root = etree.fromstring(xml_bytes, _parser)
    incident_ref = root.findtext("IncidentReference", default="").strip()
    legs = []
    for leg in root.iterfind("SearchLegs/Leg"):
        legs.append(
            SearchLeg(
                asset=leg.findtext("Asset", default=""),
                pattern=leg.findtext("Pattern", default="PS"),
                start_lat=float(leg.findtext("Start/Lat")),
                start_lon=float(leg.findtext("Start/Lon")),
                track_spacing_nm=float(leg.findtext("TrackSpacing", default="1.0")),
            )
        )
    return incident_ref, legs
