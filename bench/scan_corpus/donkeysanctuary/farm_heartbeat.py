"""Heartbeat sent from each farm's yard server to the head-office monitor.

Reports uptime, disk space on the care-records volume and the software
version so IT can spot a farm that has fallen behind on updates.
"""
from __future__ import annotations

import logging
import os
import shutil
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("farm_heartbeat")


@dataclass(frozen=True)
class HeartbeatConfig:
    monitor_url: str
    farm_code: str
    software_version: str
    data_volume: str
    interval_s: int = 300

    @classmethod
    def from_env(cls) -> "HeartbeatConfig":
        return cls(
            monitor_url=os.environ["MONITOR_URL"],
            farm_code=os.environ["FARM_CODE"],
            software_version=os.environ.get("CARE_APP_VERSION", "unknown"),
            data_volume=os.environ.get("CARE_DATA_VOLUME", "/srv/care"),
        )


def _uptime_seconds() -> float:
    with open("/proc/uptime", encoding="ascii") as fh:
        return float(fh.read().split()[0])


def build_payload(config: HeartbeatConfig) -> dict:
    usage = shutil.disk_usage(config.data_volume)
    return {
        "farm": config.farm_code,
        "version": config.software_version,
        "uptime_s": int(_uptime_seconds()),
        "disk_free_pct": round(100 * usage.free / usage.total, 1),
    }


def beat_forever(config: HeartbeatConfig) -> None:
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {os.environ['MONITOR_TOKEN']}"
    while True:
        try:
            session.post(
                f"{config.monitor_url}/heartbeats", json=build_payload(config), timeout=10
            ).raise_for_status()
        except requests.RequestException as err:
            log.warning("heartbeat failed: %s", type(err).__name__)
        time.sleep(config.interval_s)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    beat_forever(HeartbeatConfig.from_env())
