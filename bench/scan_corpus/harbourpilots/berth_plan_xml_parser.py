"""Parses the daily berth plan published by the port authority as XML.

The plan lists each berth, the vessel expected there and the planned
arrival and departure, from which the pilot station derives its jobs.
"""
from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import requests
from lxml import etree

BERTH_NS = {"bp": "urn:portauthority:berthplan:2"}


@dataclass
class BerthSlot:
    berth: str
    vessel_name: str
    imo: str
    arrival: datetime
    departure: datetime


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        huge_tree=False,
    )


def parse_berth_plan(xml_bytes: bytes) -> list[BerthSlot]:
    root = etree.fromstring(xml_bytes, parser=_safe_parser())
    slots = []
    for node in root.iterfind("bp:Slot", namespaces=BERTH_NS):
        slots.append(
            BerthSlot(
                berth=node.get("berth", ""),
                vessel_name=node.findtext("bp:VesselName", default="", namespaces=BERTH_NS),
                imo=node.findtext("bp:IMO", default="", namespaces=BERTH_NS),
                arrival=datetime.fromisoformat(node.findtext("bp:Arrival", namespaces=BERTH_NS)),
                departure=datetime.fromisoformat(
                    node.findtext("bp:Departure", namespaces=BERTH_NS)
                ),
            )
        )
    return slots


def fetch_berth_plan(url: str, token: str) -> list[BerthSlot]:
    resp = requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=20)
    resp.raise_for_status()
    return parse_berth_plan(resp.content)


def jobs_from_plan(slots: list[BerthSlot]) -> list[tuple[str, str, datetime]]:
    jobs = []
    for slot in slots:
        jobs.append((slot.imo, "inbound", slot.arrival))
        jobs.append((slot.imo, "outbound", slot.departure))
    return sorted(jobs, key=lambda j: j[2])
