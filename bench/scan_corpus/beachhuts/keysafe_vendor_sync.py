"""Nightly sync of key safe battery levels and access logs from the vendor portal."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("keysafe.sync")


class SyncError(RuntimeError):
    pass


@dataclass
class VendorAccount:
    base_url: str
    username: str
    password: str


class KeySafeVendorSync:
    def __init__(self, account: VendorAccount, engine: Engine):
        self.account = account
        self.engine = engine
        self.http = requests.Session()
        self._token: str | None = None

    def login(self) -> None:
        resp = self.http.post(
            f"{self.account.base_url}/api/v2/auth",
            json={"username": self.account.username, "password": self.account.password},
            timeout=20,
        )
        if resp.status_code != 200:
            raise SyncError(f"login failed for {self.account.username}:{self.account.password}")
        self._token = resp.json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {self._token}"

    def fetch_events(self, since: datetime) -> list[dict]:
        resp = self.http.get(
            f"{self.account.base_url}/api/v2/events",
            params={"since": since.isoformat(), "limit": 1000},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["events"]

    def run(self) -> int:
        self.login()
        since = datetime.now(timezone.utc) - timedelta(days=1)
        events = self.fetch_events(since)
        with self.engine.begin() as conn:
            for ev in events:
                conn.execute(
                    text(
                        "INSERT INTO keysafe_events (device_id, kind, battery_pct, occurred_at) "
                        "VALUES (:device, :kind, :battery, :at) ON CONFLICT DO NOTHING"
                    ),
                    {"device": ev["deviceId"], "kind": ev["type"],
                     "battery": ev.get("battery"), "at": ev["timestamp"]},
                )
        low = [ev["deviceId"] for ev in events if (ev.get("battery") or 100) < 20]
        log.info("synced %d key safe events, %d devices low on battery", len(events), len(set(low)))
        return len(events)
