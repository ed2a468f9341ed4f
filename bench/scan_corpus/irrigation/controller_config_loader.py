"""Loads zone and schedule configuration files uploaded by installers.

Installers prepare a YAML file per controller on their laptop and upload it
through the dealer portal; it is validated before being pushed to the unit.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import IO

import yaml as _yaml

_Loader = getattr(_yaml, "CSafeLoader", _yaml.SafeLoader)

MAX_ZONES = 48


@dataclass
class ZoneConfig:
    zone: int
    name: str
    flow_lpm: float
    sensor_eui: str | None


class ConfigError(ValueError):
    pass


def load_controller_config(stream: IO[str]) -> list[ZoneConfig]:
    doc = _yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict) or "zones" not in doc:
        raise ConfigError("expected a mapping with a 'zones' list")
    zones = doc["zones"]
    if not isinstance(zones, list) or not 0 < len(zones) <= MAX_ZONES:
        raise ConfigError(f"between 1 and {MAX_ZONES} zones are required")
    result = []
    for i, z in enumerate(zones, start=1):
        try:
            result.append(ZoneConfig(
                zone=int(z.get("zone", i)),
                name=str(z["name"])[:40],
                flow_lpm=float(z["flow_lpm"]),
                sensor_eui=z.get("sensor_eui"),
            ))
        except (KeyError, TypeError, ValueError) as exc:
            raise ConfigError(f"zone #{i}: {exc}") from exc
    return result
