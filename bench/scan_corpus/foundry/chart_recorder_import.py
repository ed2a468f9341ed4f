"""Import heat-treatment charge records from the furnace chart recorders.

The paperless recorders on the quench and temper furnaces export one XML
file per charge onto a network share.
"""
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import defusedxml.ElementTree as ET


@dataclass
class ChargeRecord:
    charge_no: str
    furnace: str
    recipe: str
    started: datetime
    soak_minutes: int
    max_temp_c: float


def parse_charge(xml_bytes: bytes) -> ChargeRecord:
    root = ET.fromstring(xml_bytes)
    channel = root.find("./channels/channel[@name='TC1']")
    temps = [float(s.get("v")) for s in channel.iter("s")] if channel is not None else []
    return ChargeRecord(
        charge_no=root.findtext("charge", "").strip(),
        furnace=root.get("furnace", ""),
        recipe=root.findtext("recipe", "").strip(),
        started=datetime.fromisoformat(root.findtext("start")),
        soak_minutes=int(root.findtext("soak_min", "0")),
        max_temp_c=max(temps, default=0.0),
    )


def import_share(share: Path, already: set[str]) -> list[ChargeRecord]:
    records = []
    for path in sorted(share.glob("*.xml")):
        if path.name in already:
            continue
        records.append(parse_charge(path.read_bytes()))
        already.add(path.name)
    return records
