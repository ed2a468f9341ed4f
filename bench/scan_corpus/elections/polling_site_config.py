"""Polling-site logistics configuration (opening hours, equipment, staffing).

Sites are described in YAML files submitted by county logistics coordinators.
"""
from dataclasses import dataclass
from datetime import time
from pathlib import Path

import yaml

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@dataclass
class PollingSite:
    site_id: str
    name: str
    address: str
    opens: time
    closes: time
    ballot_marking_devices: int
    poll_workers: int


def _parse_time(value) -> time:
    if isinstance(value, int):  # YAML 1.1 reads 07:00 as sexagesimal minutes
        return time(value // 60, value % 60)
    return time.fromisoformat(str(value))


def load_sites(path: Path) -> list[PollingSite]:
    with path.open(encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=_LOADER) or {}
    sites = []
    for raw in doc.get("sites", []):
        sites.append(
            PollingSite(
                site_id=str(raw["id"]),
                name=raw["name"],
                address=raw["address"],
                opens=_parse_time(raw.get("opens", "07:00")),
                closes=_parse_time(raw.get("closes", "20:00")),
                ballot_marking_devices=int(raw.get("bmd", 1)),
                poll_workers=int(raw.get("staff", 3)),
            )
        )
    return sites
