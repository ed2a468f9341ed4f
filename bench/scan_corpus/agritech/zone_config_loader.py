"""Load irrigation zone definitions uploaded by farm managers as YAML.

Example document::

    zones:
      - name: North pivot
        valve: V1
        flow_lpm: 420
        crop: maize
"""
from dataclasses import dataclass
from typing import IO

import yaml

try:
    _Loader = yaml.CSafeLoader
except AttributeError:  # libyaml not compiled in
    _Loader = yaml.SafeLoader


@dataclass
class Zone:
    name: str
    valve: str
    flow_lpm: float
    crop: str | None = None


class ZoneConfigError(ValueError):
    pass


def load_zones(stream: IO[str]) -> list[Zone]:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict) or not isinstance(doc.get("zones"), list):
        raise ZoneConfigError("expected a mapping with a 'zones' list")

    zones = []
    seen_valves = set()
    for i, raw in enumerate(doc["zones"]):
        try:
            zone = Zone(
                name=str(raw["name"]),
                valve=str(raw["valve"]),
                flow_lpm=float(raw["flow_lpm"]),
                crop=raw.get("crop"),
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ZoneConfigError(f"zone #{i + 1}: {exc}") from exc
        if zone.valve in seen_valves:
            raise ZoneConfigError(f"valve {zone.valve} assigned twice")
        seen_valves.add(zone.valve)
        zones.append(zone)
    return zones
