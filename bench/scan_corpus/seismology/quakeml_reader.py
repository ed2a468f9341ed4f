"""Read preferred origins from QuakeML documents sent by contributing agencies."""
from __future__ import annotations

from typing import Iterator, NamedTuple

from defusedxml import ElementTree as DET

BED = "{http://quakeml.org/xmlns/bed/1.2}"


class Origin(NamedTuple):
    event_id: str
    time: str
    latitude: float
    longitude: float
    depth_m: float | None


def _text(el, path: str) -> str | None:
    node = el.find(path)
    return node.text if node is not None else None


def preferred_origins(xml_bytes: bytes) -> Iterator[Origin]:
    root = DET.fromstring(xml_bytes, forbid_dtd=True)
    for event in root.iter(f"{BED}event"):
        preferred = _text(event, f"{BED}preferredOriginID")
        for origin in event.iter(f"{BED}origin"):
            if preferred and origin.get("publicID") != preferred:
                continue
            depth = _text(origin, f"{BED}depth/{BED}value")
            yield Origin(
                event_id=event.get("publicID", ""),
                time=_text(origin, f"{BED}time/{BED}value") or "",
                latitude=float(_text(origin, f"{BED}latitude/{BED}value")),
                longitude=float(_text(origin, f"{BED}longitude/{BED}value")),
                depth_m=float(depth) if depth else None,
            )
            break
