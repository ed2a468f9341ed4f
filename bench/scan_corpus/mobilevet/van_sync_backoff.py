"""Upload queue for the van tablets: pushes treatment records when signal returns.

Farms are often out of mobile coverage, so records are queued locally and sent
with exponential backoff. Jitter keeps a fleet of vans that regain signal in the
same valley from hammering the API at the same instant.
"""

from __future__ import annotations

import json
import logging
import random
import sqlite3
import time

import requests

log = logging.getLogger("mobilevet.van_sync")

BASE_DELAY_S = 2.0
MAX_DELAY_S = 300.0
MAX_ATTEMPTS = 8


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** attempt))
    return random.uniform(0, ceiling)


class SyncQueue:
    def __init__(self, db_path: str, api_base: str, device_header: str) -> None:
        self._db = sqlite3.connect(db_path)
        self._api_base = api_base.rstrip("/")
        self._http = requests.Session()
        self._http.headers["Authorization"] = device_header

    def enqueue(self, kind: str, payload: dict) -> None:
        self._db.execute(
            "INSERT INTO outbox (kind, payload, attempts) VALUES (?, ?, 0)",
            (kind, json.dumps(payload)),
        )
        self._db.commit()

    def _push(self, kind: str, payload: str) -> None:
        resp = self._http.post(f"{self._api_base}/sync/{kind}", data=payload,
                               headers={"Content-Type": "application/json"}, timeout=20)
        resp.raise_for_status()

    def drain(self) -> int:
        sent = 0
        rows = self._db.execute(
            "SELECT id, kind, payload, attempts FROM outbox ORDER BY id"
        ).fetchall()
        for row_id, kind, payload, attempts in rows:
            for attempt in range(attempts, MAX_ATTEMPTS):
                try:
                    self._push(kind, payload)
                except requests.RequestException as exc:
                    delay = backoff_delay(attempt)
                    log.info("sync of %s #%s failed (%s); retrying in %.1fs",
                             kind, row_id, exc, delay)
                    self._db.execute("UPDATE outbox SET attempts = ? WHERE id = ?",
                                     (attempt + 1, row_id))
                    self._db.commit()
                    time.sleep(delay)
                    continue
                self._db.execute("DELETE FROM outbox WHERE id = ?", (row_id,))
                self._db.commit()
                sent += 1
                break
        return sent
