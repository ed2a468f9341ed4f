"""Background job that pulls new GPS fixes from the tracker vendor's cloud.

Runs every ten minutes from cron; keeps a cursor per tracker so only new
fixes are fetched.
"""
from __future__ import annotations

import logging
import os
import sqlite3
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("telemetry.sync")


@dataclass(frozen=True)
class SyncConfig:
    api_url: str
    api_key: str
    db_path: str
    page_size: int = 500

    @classmethod
    def from_env(cls) -> "SyncConfig":
        return cls(
            api_url=os.environ.get("TRACKER_API_URL", "https://api.trackcloud.example/v3"),
            api_key=os.environ["TRACKER_API_KEY"],
            db_path=os.environ.get("TELEMETRY_DB", "/var/lib/falconry/telemetry.db"),
        )


class TrackerCloudSync:
    def __init__(self, config: SyncConfig) -> None:
        self.config = config
        self.db = sqlite3.connect(config.db_path)
        self.http = requests.Session()
        self.http.headers["Authorization"] = f"Token {config.api_key}"

    def _cursor(self, tracker_id: str) -> int:
        row = self.db.execute("SELECT last_ts FROM sync_cursor WHERE tracker_id = ?",
                              (tracker_id,)).fetchone()
        return row[0] if row else 0

    def _fetch(self, tracker_id: str, since: int) -> list[dict]:
        url = f"{self.config.api_url}/trackers/{tracker_id}/fixes"
        resp = self.http.get(url, params={"since": since, "limit": self.config.page_size},
                             timeout=30)
        if resp.status_code == 401:
            log.error("tracker cloud rejected credentials (key=%s) for %s",
                      self.config.api_key, url)
            resp.raise_for_status()
        resp.raise_for_status()
        return resp.json()["fixes"]

    def sync_tracker(self, tracker_id: str) -> int:
        fixes = self._fetch(tracker_id, self._cursor(tracker_id))
        if not fixes:
            return 0
        with self.db:
            self.db.executemany(
                "INSERT OR IGNORE INTO fixes (tracker_id, ts, lat, lon, alt, battery)"
                " VALUES (?, ?, ?, ?, ?, ?)",
                [(tracker_id, f["ts"], f["lat"], f["lon"], f.get("alt"), f.get("battery"))
                 for f in fixes],
            )
            self.db.execute(
                "INSERT INTO sync_cursor (tracker_id, last_ts) VALUES (?, ?)"
                " ON CONFLICT(tracker_id) DO UPDATE SET last_ts = excluded.last_ts",
                (tracker_id, max(f["ts"] for f in fixes)),
            )
        return len(fixes)

    def run(self) -> None:
        trackers = [r[0] for r in self.db.execute(
            "SELECT tracker_id FROM trackers WHERE active = 1")]
        started = time.monotonic()
        total = sum(self.sync_tracker(t) for t in trackers)
        log.info("synced %d fixes from %d trackers in %.1fs",
                 total, len(trackers), time.monotonic() - started)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    TrackerCloudSync(SyncConfig.from_env()).run()
