"""Imports planned-outage schedules published by the transmission owner as XML,
and writes our acknowledgement file back in the same format."""
from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass
from datetime import datetime

from defusedxml import ElementTree as DefusedET

NS = {"o": "urn:grid:outage:v2"}


@dataclass
class PlannedOutage:
    outage_id: str
    equipment: str
    start: datetime
    end: datetime
    derate_mw: float


def parse_schedule(xml_bytes: bytes) -> list[PlannedOutage]:
    root = DefusedET.fromstring(xml_bytes, forbid_dtd=True)
    outages = []
    for el in root.iterfind("o:Outage", NS):
        outages.append(
            PlannedOutage(
                outage_id=el.get("id", ""),
                equipment=el.findtext("o:Equipment", default="", namespaces=NS),
                start=datetime.fromisoformat(el.findtext("o:Start", namespaces=NS)),
                end=datetime.fromisoformat(el.findtext("o:End", namespaces=NS)),
                derate_mw=float(el.findtext("o:DerateMW", default="0", namespaces=NS)),
            )
        )
    return outages


def build_acknowledgement(participant: str, outages: list[PlannedOutage]) -> bytes:
    ET.register_namespace("", NS["o"])
    root = ET.Element(f"{{{NS['o']}}}Acknowledgement", participant=participant)
    for o in outages:
        ET.SubElement(root, f"{{{NS['o']}}}Ack", outageId=o.outage_id, status="accepted")
    return ET.tostring(root, encoding="utf-8", xml_declaration=True)
