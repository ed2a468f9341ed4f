"""Pushes kiln temperature and moisture readings to the regional monitoring service."""

import os
import time
from dataclasses import asdict, dataclass

import requests

from shinglemaker.kilns import read_probe_values

TELEMETRY_URL = os.environ.get("KILN_TELEMETRY_URL", "https://telemetry.cedarworks.example/v1/readings")
SITE_CODE = os.environ.get("KILN_SITE_CODE", "unassigned")
BUILD_VERSION = os.environ.get("APP_BUILD_VERSION", "dev")


@dataclass
class KilnReading:
    kiln: int
    dry_bulb_c: float
    wet_bulb_c: float
    wood_moisture_pct: float
    taken_at: float


def collect_readings(kilns: list[int]) -> list[KilnReading]:
    readings = []
    for kiln in kilns:
        probe = read_probe_values(kiln)
        readings.append(
            KilnReading(
                kiln=kiln,
                dry_bulb_c=probe["dry_bulb"],
                wet_bulb_c=probe["wet_bulb"],
                wood_moisture_pct=probe["moisture"],
                taken_at=time.time(),
            )
        )
    return readings


def push_readings(kilns: list[int]) -> None:
    body = {
        "site": SITE_CODE,
        "agent_version": BUILD_VERSION,
        "readings": [asdict(r) for r in collect_readings(kilns)],
    }
    resp = requests.post(TELEMETRY_URL, json=body, timeout=10)
    resp.raise_for_status()


if __name__ == "__main__":
    while True:
        push_readings([1, 2, 3, 4])
        time.sleep(60)
