"""Poll the life-support PLC on the Pacific Reef gallery for water-quality readings.

Runs every minute from cron on the LSS gateway box and writes the latest
readings into the telemetry database.
"""
import logging
import time
from dataclasses import dataclass

import requests

from telemetry.db import insert_readings

log = logging.getLogger(__name__)

REEF_TANKS = ["PR-01", "PR-02", "PR-03", "PR-QUAR-1"]


@dataclass
class Reading:
    tank_id: str
    temperature_c: float
    salinity_ppt: float
    ph: float
    orp_mv: float
    ts: float


def fetch_readings(tank_ids):
    resp = requests.get("http://10.40.12.7:8080/api/v1/readings",
                        params={"tanks": ",".join(tank_ids)}, timeout=5)
    resp.raise_for_status()
    now = time.time()
    return [
        Reading(
            tank_id=row["tank"],
            temperature_c=float(row["temp"]),
            salinity_ppt=float(row["sal"]),
            ph=float(row["ph"]),
            orp_mv=float(row["orp"]),
            ts=now,
        )
        for row in resp.json()["readings"]
    ]


def main():
    try:
        readings = fetch_readings(REEF_TANKS)
    except requests.RequestException as exc:
        log.error("PLC poll failed: %s", exc)
        return 1
    insert_readings(readings)
    log.info("Stored %d readings", len(readings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
