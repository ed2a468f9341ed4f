"""Loads per-depot kiosk configuration pushed by area managers.

Managers edit a YAML document (opening hours, locker bay map, which equipment
categories may be collected unattended) in the admin tool; kiosks fetch it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import time
from typing import Any, Dict, List

import yaml


class ConfigError(ValueError):
    pass


@dataclass
class LockerBay:
    code: str
    max_weight_kg: int
    categories: List[str] = field(default_factory=list)


@dataclass
class KioskConfig:
    depot_code: str
    opens: time
    closes: time
    unattended_categories: List[str]
    bays: List[LockerBay]


def _parse_time(value: Any, name: str) -> time:
    try:
        hours, minutes = str(value).split(":")
        return time(int(hours), int(minutes))
    except ValueError as exc:
        raise ConfigError(f"{name} must be HH:MM") from exc


def parse_kiosk_config(document: str) -> KioskConfig:
    data = yaml.load(document, Loader=yaml.SafeLoader)
    if not isinstance(data, dict):
        raise ConfigError("top level must be a mapping")
    bays: List[LockerBay] = []
    for raw in data.get("bays", []):
        bays.append(
            LockerBay(
                code=str(raw["code"]),
                max_weight_kg=int(raw.get("max_weight_kg", 25)),
                categories=[str(c) for c in raw.get("categories", [])],
            )
        )
    return KioskConfig(
        depot_code=str(data["depot"]),
        opens=_parse_time(data.get("opens", "07:00"), "opens"),
        closes=_parse_time(data.get("closes", "17:00"), "closes"),
        unattended_categories=[str(c) for c in data.get("unattended", [])],
        bays=bays,
    )


def save_from_admin(repo, depot_code: str, uploaded_text: str) -> Dict[str, Any]:
    config = parse_kiosk_config(uploaded_text)
    if config.depot_code != depot_code:
        raise ConfigError("document is for a different depot")
    repo.store_kiosk_config(depot_code, uploaded_text)
    return {"depot": depot_code, "bays": len(config.bays)}
