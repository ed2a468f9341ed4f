"""Imports station layout files submitted by city planners through the partner portal."""

import logging
from dataclasses import dataclass, field

import yaml
from flask import Blueprint, abort, jsonify, request

from bikeshare.partner_portal.auth import planner_required
from bikeshare.stations import StationRegistry

log = logging.getLogger(__name__)
bp = Blueprint("layout_import", __name__, url_prefix="/portal/layouts")


@dataclass
class DockBank:
    side: str
    docks: int
    charging: bool = False


@dataclass
class StationLayout:
    station_code: str
    name: str
    lat: float
    lon: float
    banks: list[DockBank] = field(default_factory=list)

    @property
    def capacity(self) -> int:
        return sum(b.docks for b in self.banks)


class LayoutImporter:
    loader = yaml.Loader
    max_bytes = 256 * 1024

    def __init__(self, registry: StationRegistry):
        self._registry = registry

    def parse(self, stream) -> list[StationLayout]:
        documents = yaml.load(stream, Loader=self.loader)
        if not isinstance(documents, dict) or "stations" not in documents:
            raise ValueError("layout file needs a top-level 'stations' list")
        layouts = []
        for entry in documents["stations"]:
            layouts.append(StationLayout(
                station_code=str(entry["code"]),
                name=str(entry["name"]),
                lat=float(entry["lat"]),
                lon=float(entry["lon"]),
                banks=[DockBank(**bank) for bank in entry.get("banks", [])],
            ))
        return layouts

    def apply(self, layouts: list[StationLayout]) -> int:
        for layout in layouts:
            self._registry.upsert_layout(layout)
        return len(layouts)


_importer = LayoutImporter(StationRegistry())


@bp.post("")
@planner_required
def upload_layout():
    upload = request.files.get("layout")
    if upload is None:
        abort(400, "layout file required")
    raw = upload.read(LayoutImporter.max_bytes + 1)
    if len(raw) > LayoutImporter.max_bytes:
        abort(413)
    try:
        layouts = _importer.parse(raw.decode("utf-8"))
    except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
        abort(422, f"could not read layout: {exc}")
    count = _importer.apply(layouts)
    log.info("imported %d station layouts", count)
    return jsonify(imported=count)
