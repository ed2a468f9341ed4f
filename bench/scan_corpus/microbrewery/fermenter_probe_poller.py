"""Polls the glycol controller for fermenter temperatures and records them."""
from __future__ import annotations

import logging
import os
import random
import sqlite3
import time
from dataclasses import dataclass
from datetime import datetime, timezone

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PollerConfig:
    controller_url: str
    db_path: str
    interval_s: float = 60.0

    @classmethod
    def from_env(cls) -> "PollerConfig":
        return cls(
            controller_url=os.environ["GLYCOL_CONTROLLER_URL"].rstrip("/"),
            db_path=os.environ.get("FERMENTER_DB", "fermenters.db"),
            interval_s=float(os.environ.get("FERMENTER_POLL_SECONDS", "60")),
        )


@dataclass
class ProbeReading:
    vessel: str
    temp_c: float
    setpoint_c: float
    valve_open: bool


def fetch_readings(cfg: PollerConfig, session: requests.Session) -> list[ProbeReading]:
    resp = session.get(f"{cfg.controller_url}/api/vessels", timeout=10)
    resp.raise_for_status()
    return [
        ProbeReading(
            vessel=v["name"],
            temp_c=float(v["temp"]),
            setpoint_c=float(v["setpoint"]),
            valve_open=bool(v["valve"]),
        )
        for v in resp.json()["vessels"]
    ]


def store(db_path: str, readings: list[ProbeReading]) -> None:
    now = datetime.now(timezone.utc).isoformat()
    with sqlite3.connect(db_path) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS readings (at TEXT, vessel TEXT, temp REAL, setpoint REAL, valve INT)"
        )
        conn.executemany(
            "INSERT INTO readings VALUES (?, ?, ?, ?, ?)",
            [(now, r.vessel, r.temp_c, r.setpoint_c, int(r.valve_open)) for r in readings],
        )


def run_forever(cfg: PollerConfig) -> None:
    session = requests.Session()
    while True:
        try:
            readings = fetch_readings(cfg, session)
            store(cfg.db_path, readings)
            drifting = [r.vessel for r in readings if abs(r.temp_c - r.setpoint_c) > 1.5]
            if drifting:
                log.warning("vessels off setpoint: %s", ", ".join(drifting))
        except requests.RequestException as exc:
            log.error("glycol controller unreachable: %s", exc)
        time.sleep(cfg.interval_s + random.uniform(0, 5))


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run_forever(PollerConfig.from_env())
