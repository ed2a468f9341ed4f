"""Parses navigation notices (lock closures, low-water warnings) published as XML.

Notices are fetched by the bridge team from the waterway authority and
uploaded through the operations portal.
"""

from __future__ import annotations

from dataclasses import dataclass

import defusedxml.ElementTree as ET

NS = {"n": "urn:waterways:notices:1"}


@dataclass
class NavigationNotice:
    notice_id: str
    kind: str
    waterway: str
    km_from: float
    km_to: float
    valid_from: str
    valid_to: str | None


def parse_notices(xml_bytes: bytes) -> list[NavigationNotice]:
    root = ET.fromstring(xml_bytes)
    notices = []
    for node in root.iterfind("n:Notice", NS):
        notices.append(
            NavigationNotice(
                notice_id=node.get("id", ""),
                kind=node.findtext("n:Kind", default="", namespaces=NS),
                waterway=node.findtext("n:Waterway", default="", namespaces=NS),
                km_from=float(node.findtext("n:FromKm", default="0", namespaces=NS)),
                km_to=float(node.findtext("n:ToKm", default="0", namespaces=NS)),
                valid_from=node.findtext("n:ValidFrom", default="", namespaces=NS),
                valid_to=node.findtext("n:ValidTo", namespaces=NS),
            )
        )
    return notices


def affecting_route(notices, waterway: str, km_start: float, km_end: float):
    lo, hi = sorted((km_start, km_end))
    return [
        n for n in notices
        if n.waterway == waterway and n.km_from <= hi and n.km_to >= lo
    ]
