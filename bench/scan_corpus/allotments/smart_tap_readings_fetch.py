"""Nightly pull of standpipe readings from the smart tap vendor's API.

Sites without pulse meters have smart taps that report usage to the
vendor's cloud; this job fetches the previous day's readings for every
registered tap and stores them alongside the meter readings.
"""
from __future__ import annotations

import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, timedelta

import requests

log = logging.getLogger("allotments.smart_taps")


@dataclass
class TapReading:
    tap_id: str
    litres: float
    day: date


class SmartTapClient:
    def __init__(self, base_url: str, token: str, timeout: float = 15.0) -> None:
        self._base_url = base_url.rstrip("/")
        self._token = token
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {token}"

    def daily_usage(self, tap_id: str, day: date) -> TapReading:
        url = f"{self._base_url}/v2/taps/{tap_id}/usage"
        log.debug("GET %s for %s (token=%s)", url, day.isoformat(), self._token)
        resp = self._session.get(url, params={"date": day.isoformat()}, timeout=self._timeout)
        resp.raise_for_status()
        data = resp.json()
        return TapReading(tap_id, float(data["litres"]), day)


def registered_taps(conn: sqlite3.Connection) -> list[str]:
    return [r[0] for r in conn.execute("SELECT tap_id FROM smart_tap WHERE active = 1")]


def run(day: date) -> int:
    client = SmartTapClient(os.environ["SMART_TAP_API_URL"], os.environ["SMART_TAP_API_TOKEN"])
    stored = 0
    with sqlite3.connect(os.environ["ALLOTMENTS_DB"]) as conn:
        for tap_id in registered_taps(conn):
            try:
                reading = client.daily_usage(tap_id, day)
            except requests.RequestException as exc:
                log.warning("could not fetch usage for tap %s: %s", tap_id, exc)
                continue
            conn.execute(
                "INSERT OR REPLACE INTO tap_usage (tap_id, day, litres) VALUES (?, ?, ?)",
                (reading.tap_id, reading.day.isoformat(), reading.litres),
            )
            stored += 1
    log.info("stored usage for %d taps on %s", stored, day)
    return stored


if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO"))
    run(date.today() - timedelta(days=1))
