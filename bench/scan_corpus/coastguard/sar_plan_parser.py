"""Parses SAR action plans received from neighbouring RCCs over the coordination portal."""
from dataclasses import dataclass

from defusedxml import ElementTree as DET


@dataclass
class SearchLeg:
    asset: str
    pattern: str
    start_lat: float
    start_lon: float
    track_spacing_nm: float


def parse_plan(xml_bytes: bytes) -> tuple[str, list[SearchLeg]]:
    root = DET.fromstring(xml_bytes)
    incident_ref = (root.findtext("IncidentReference") or "").strip()
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
