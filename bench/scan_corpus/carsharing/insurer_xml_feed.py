"""Parser for the insurer's daily policy feed (vehicles covered / removed).

The insurer drops an XML file on our partner SFTP every morning; the sync job
hands the bytes to ``parse_feed``.
"""
from dataclasses import dataclass
from datetime import date

from defusedxml import ElementTree as DET

NS = {"p": "urn:insurer:fleet-policy:2"}


@dataclass
class CoverageChange:
    vin: str
    plate: str
    action: str  # "ADD" or "REMOVE"
    effective: date
    policy_no: str


def parse_feed(xml_bytes: bytes) -> list[CoverageChange]:
    root = DET.fromstring(xml_bytes)
    policy_no = root.findtext("p:PolicyNumber", default="", namespaces=NS)
    changes = []
    for item in root.iterfind("p:Changes/p:Vehicle", NS):
        action = item.get("action", "").upper()
        if action not in ("ADD", "REMOVE"):
            continue
        changes.append(CoverageChange(
            vin=item.findtext("p:VIN", default="", namespaces=NS).strip(),
            plate=item.findtext("p:Plate", default="", namespaces=NS).strip(),
            action=action,
            effective=date.fromisoformat(item.findtext("p:EffectiveDate", namespaces=NS)),
            policy_no=policy_no,
        ))
    return changes


def uncovered_vins(fleet_vins: set[str], changes: list[CoverageChange]) -> set[str]:
    removed = {c.vin for c in changes if c.action == "REMOVE"}
    added = {c.vin for c in changes if c.action == "ADD"}
    return (fleet_vins & removed) - added
