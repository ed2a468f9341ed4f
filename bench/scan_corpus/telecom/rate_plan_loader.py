"""Load roaming rate plans that partner operators drop on the B2B SFTP server.

Each partner uploads ``<tadig>_rates.yaml`` describing per-zone tariffs; the
loader validates the document and upserts it into the rating catalogue.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

import yaml

log = logging.getLogger("rate_plans")

REQUIRED_KEYS = {"tadig", "currency", "valid_from", "zones"}


@dataclass
class ZoneRate:
    zone: str
    voice_per_min: Decimal
    sms_per_msg: Decimal
    data_per_mb: Decimal


def read_rate_file(path: Path) -> dict:
    with path.open("r", encoding="utf-8") as fh:
        doc = yaml.load(fh, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or not REQUIRED_KEYS <= doc.keys():
        raise ValueError(f"{path.name}: missing keys {sorted(REQUIRED_KEYS - set(doc or {}))}")
    return doc


def parse_zones(doc: dict) -> list[ZoneRate]:
    rates = []
    for zone, tariff in doc["zones"].items():
        rates.append(
            ZoneRate(
                zone=str(zone),
                voice_per_min=Decimal(str(tariff["voice_per_min"])),
                sms_per_msg=Decimal(str(tariff["sms_per_msg"])),
                data_per_mb=Decimal(str(tariff["data_per_mb"])),
            )
        )
    return rates


def load_inbox(inbox: Path) -> dict[str, list[ZoneRate]]:
    plans = {}
    for path in sorted(inbox.glob("*_rates.yaml")):
        try:
            doc = read_rate_file(path)
            plans[doc["tadig"]] = parse_zones(doc)
        except (ValueError, KeyError, yaml.YAMLError) as exc:
            log.error("rejecting %s: %s", path.name, exc)
    return plans
