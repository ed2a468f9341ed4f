"""Sends the nightly paddle opening schedule to each reservoir feeder sluice."""
from __future__ import annotations

import datetime as dt
import json
import logging

import requests

logger = logging.getLogger(__name__)

FEEDER_SLUICES = {
    "tardebigge_reservoir": ("172.16.31.4", 8080),
    "upper_bittell": ("172.16.31.9", 8080),
    "lowerhouse_feeder": ("172.16.32.2", 8081),
}


def _sluice_endpoint(name: str) -> str:
    address, port = FEEDER_SLUICES[name]
    return f"http://{address}:{port}/api/schedule"


def build_schedule(opening_pct: int, start: dt.time, hours: int) -> dict:
    if not 0 <= opening_pct <= 100:
        raise ValueError("opening percentage out of range")
    return {
        "opening_pct": opening_pct,
        "start": start.isoformat(timespec="minutes"),
        "duration_h": hours,
        "issued": dt.datetime.now(dt.timezone.utc).isoformat(),
    }


class SchedulePublisher:
    def __init__(self, session: requests.Session | None = None) -> None:
        self.session = session or requests.Session()

    def publish(self, name: str, schedule: dict) -> bool:
        url = _sluice_endpoint(name)
        try:
            resp = self.session.put(url, data=json.dumps(schedule),
                                    headers={"Content-Type": "application/json"}, timeout=8)
        except requests.ConnectionError:
            logger.error("sluice %s unreachable", name)
            return False
        return resp.status_code == 204

    def publish_all(self, schedule: dict) -> dict[str, bool]:
        return {name: self.publish(name, schedule) for name in FEEDER_SLUICES}


if __name__ == "__main__":
    plan = build_schedule(35, dt.time(22, 0), 6)
    print(SchedulePublisher().publish_all(plan))
