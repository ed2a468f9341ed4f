"""Parses the national cattle registry XML feed for member herds.

The registry publishes movements (births, deaths, transfers) as XML;
the cooperative reconciles them with its own herd records nightly.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import httpx
from defusedxml import ElementTree as DET

NS = {"reg": "urn:cattle-registry:movements:3"}


@dataclass
class Movement:
    ear_tag: str
    kind: str
    on: date
    from_holding: str | None
    to_holding: str | None


def parse_feed(xml_bytes: bytes) -> list[Movement]:
    root = DET.fromstring(xml_bytes, forbid_dtd=True)
    movements = []
    for node in root.iterfind("reg:Movement", NS):
        movements.append(
            Movement(
                ear_tag=node.findtext("reg:EarTag", "", NS),
                kind=node.get("type", "unknown"),
                on=date.fromisoformat(node.findtext("reg:Date", "", NS)),
                from_holding=node.findtext("reg:From", None, NS),
                to_holding=node.findtext("reg:To", None, NS),
            )
        )
    return movements


def fetch_movements(client: httpx.Client, holding: str, since: date) -> list[Movement]:
    resp = client.get(f"/holdings/{holding}/movements", params={"since": since.isoformat()})
    resp.raise_for_status()
    return parse_feed(resp.content)


def reconcile(holding: str, known_tags: set[str], movements: list[Movement]) -> dict[str, list[str]]:
    arrivals = [m.ear_tag for m in movements if m.to_holding == holding and m.ear_tag not in known_tags]
    departures = [m.ear_tag for m in movements if m.from_holding == holding and m.ear_tag in known_tags]
    deaths = [m.ear_tag for m in movements if m.kind == "death" and m.ear_tag in known_tags]
    return {"arrivals": arrivals, "departures": departures, "deaths": deaths}
