"""Read delivery-zone YAML files uploaded by restaurants and validate them."""
from dataclasses import dataclass

import yaml

MAX_ZONES = 20


@dataclass
class Zone:
    name: str
    radius_km: float
    fee: float


class ZoneConfigError(ValueError):
    pass


def load_zones(text: str) -> list[Zone]:
    try:
        doc = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        raise ZoneConfigError(f"invalid YAML: {exc}") from exc
    if not isinstance(doc, dict) or not isinstance(doc.get("zones"), list):
        raise ZoneConfigError("expected a top-level 'zones' list")
    if len(doc["zones"]) > MAX_ZONES:
        raise ZoneConfigError(f"at most {MAX_ZONES} zones are allowed")
    zones = []
    for entry in doc["zones"]:
        try:
            zones.append(Zone(str(entry["name"]), float(entry["radius_km"]), float(entry["fee"])))
        except (KeyError, TypeError, ValueError) as exc:
            raise ZoneConfigError(f"invalid zone entry {entry!r}") from exc
    return zones
