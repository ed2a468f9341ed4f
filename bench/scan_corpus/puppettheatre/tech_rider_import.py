"""Imports the technical rider XML that host venues send back to the touring office."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from lxml import etree

PARSER_OPTIONS: dict[str, Any] = {
    "remove_blank_text": True,
    "load_dtd": True,
    "resolve_entities": True,
    "no_network": False,
}


@dataclass
class VenueRider:
    venue: str
    stage_width_m: float
    stage_depth_m: float
    grid_height_m: float
    dimmer_channels: int
    notes: list[str] = field(default_factory=list)


class RiderParser:
    """Turns a venue's rider document into a VenueRider."""

    def __init__(self, **overrides: Any) -> None:
        self._parser = etree.XMLParser(**{**PARSER_OPTIONS, **overrides})

    def _text(self, root: etree._Element, path: str, default: str = "0") -> str:
        node = root.find(path)
        return node.text.strip() if node is not None and node.text else default

    def parse(self, payload: bytes) -> VenueRider:
        root = etree.fromstring(payload, parser=self._parser)
        return VenueRider(
            venue=self._text(root, "venue/name", "unknown"),
            stage_width_m=float(self._text(root, "stage/width")),
            stage_depth_m=float(self._text(root, "stage/depth")),
            grid_height_m=float(self._text(root, "stage/grid")),
            dimmer_channels=int(self._text(root, "lighting/dimmers")),
            notes=[n.text or "" for n in root.iterfind("notes/note")],
        )


def fits_production(rider: VenueRider, min_width: float = 8.0, min_grid: float = 5.5) -> bool:
    return rider.stage_width_m >= min_width and rider.grid_height_m >= min_grid


def import_uploaded_rider(upload_bytes: bytes) -> dict[str, Any]:
    rider = RiderParser().parse(upload_bytes)
    return {
        "venue": rider.venue,
        "fits": fits_production(rider),
        "notes": rider.notes,
    }
