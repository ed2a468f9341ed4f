"""Import polling-station equipment manifests submitted by county clerks.

Clerks upload a YAML file through the logistics portal listing each
station, its ballot-marking devices and the tamper-seal numbers.
"""
import datetime as dt
import logging
from dataclasses import dataclass, field

import yaml

logger = logging.getLogger("logistics.manifest")

# manifests produced by the 2019 county tooling tag device pairs as python tuples
MANIFEST_LOADER = yaml.Loader

REQUIRED_KEYS = {"county_code", "election_date", "stations"}


class ManifestError(ValueError):
    pass


@dataclass
class StationEntry:
    station_id: str
    address: str
    devices: list = field(default_factory=list)
    seals: list = field(default_factory=list)


def parse_manifest(upload_bytes: bytes) -> dict:
    doc = yaml.load(upload_bytes.decode("utf-8"), Loader=MANIFEST_LOADER)
    if not isinstance(doc, dict):
        raise ManifestError("manifest must be a mapping")
    missing = REQUIRED_KEYS - doc.keys()
    if missing:
        raise ManifestError(f"missing keys: {', '.join(sorted(missing))}")
    return doc


def to_stations(doc: dict) -> list[StationEntry]:
    election_date = doc["election_date"]
    if isinstance(election_date, str):
        election_date = dt.date.fromisoformat(election_date)
    stations = []
    for raw in doc["stations"]:
        stations.append(
            StationEntry(
                station_id=str(raw["id"]),
                address=raw.get("address", ""),
                devices=list(raw.get("devices", [])),
                seals=[str(s) for s in raw.get("seals", [])],
            )
        )
    logger.info("county %s: %d stations for %s", doc["county_code"], len(stations), election_date)
    return stations
