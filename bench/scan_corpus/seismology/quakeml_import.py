"""Import QuakeML event files submitted by contributing agencies.

Agencies upload QuakeML 1.2 documents through the portal; we pull the
preferred origin and magnitude of each event into the catalogue staging table.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from lxml import etree

NS = {"q": "http://quakeml.org/xmlns/quakeml/1.2", "bed": "http://quakeml.org/xmlns/bed/1.2"}

_PARSER = etree.XMLParser(load_dtd=True, resolve_entities=True, remove_blank_text=True)


@dataclass
class StagedEvent:
    public_id: str
    origin_time: datetime
    latitude: float
    longitude: float
    depth_m: float | None
    magnitude: float | None
    magnitude_type: str | None


def _value(node, path: str) -> str | None:
    found = node.find(path, NS)
    return found.text if found is not None else None


def _by_id(root, tag: str, public_id: str | None):
    if public_id is None:
        return None
    for el in root.iter(f"{{{NS['bed']}}}{tag}"):
        if el.get("publicID") == public_id:
            return el
    return None


def parse_quakeml(data: bytes) -> list[StagedEvent]:
    root = etree.fromstring(data, parser=_PARSER)
    events = []
    for ev in root.iter(f"{{{NS['bed']}}}event"):
        origin = _by_id(ev, "origin", _value(ev, "bed:preferredOriginID"))
        if origin is None:
            continue
        mag = _by_id(ev, "magnitude", _value(ev, "bed:preferredMagnitudeID"))
        depth = _value(origin, "bed:depth/bed:value")
        events.append(StagedEvent(
            public_id=ev.get("publicID"),
            origin_time=datetime.fromisoformat(_value(origin, "bed:time/bed:value").rstrip("Z")),
            latitude=float(_value(origin, "bed:latitude/bed:value")),
            longitude=float(_value(origin, "bed:longitude/bed:value")),
            depth_m=float(depth) if depth else None,
            magnitude=float(_value(mag, "bed:mag/bed:value")) if mag is not None else None,
            magnitude_type=_value(mag, "bed:type") if mag is not None else None,
        ))
    return events


def handle_upload(uploaded_file) -> int:
    """Django view helper: parse an uploaded file and return the number of events staged."""
    events = parse_quakeml(uploaded_file.read())
    from catalog.models import StagingEvent  # local import to avoid app-loading cycles
    StagingEvent.objects.bulk_create([StagingEvent(**e.__dict__) for e in events])
    return len(events)
