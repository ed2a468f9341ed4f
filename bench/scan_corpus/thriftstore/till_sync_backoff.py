"""Upload loop on the till: pushes queued sales to head office with retries.

Shop broadband drops out regularly, so uploads back off exponentially with
jitter, which also keeps forty tills from retrying in lock-step at 9am.
"""
from __future__ import annotations

import json
import logging
import random
import sqlite3
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("till.upload")


@dataclass(frozen=True)
class UploadSettings:
    endpoint: str
    till_id: str
    api_key: str
    ca_bundle: str
    base_delay: float = 2.0
    max_delay: float = 300.0
    max_attempts: int = 8


def backoff_delay(attempt: int, base: float, cap: float) -> float:
    ceiling = min(cap, base * (2 ** attempt))
    return random.uniform(0, ceiling)


class SalesUploader:
    def __init__(self, settings: UploadSettings, queue_db: str) -> None:
        self.settings = settings
        self.queue_db = queue_db
        self.http = requests.Session()
        self.http.headers["X-Till-Key"] = settings.api_key

    def _pending(self, conn: sqlite3.Connection) -> list:
        return conn.execute(
            "SELECT id, payload FROM outbox WHERE sent_at IS NULL ORDER BY id LIMIT 200"
        ).fetchall()

    def _post(self, batch: list) -> None:
        body = {"business_date": json.loads(batch[0][1])["business_date"],
                "sales": [json.loads(p)["sale"] for _, p in batch]}
        resp = self.http.post(
            f"{self.settings.endpoint}/tills/{self.settings.till_id}/sync",
            json=body,
            timeout=30,
            verify=self.settings.ca_bundle,
        )
        resp.raise_for_status()

    def flush(self) -> int:
        with sqlite3.connect(self.queue_db) as conn:
            batch = self._pending(conn)
            if not batch:
                return 0
            for attempt in range(self.settings.max_attempts):
                try:
                    self._post(batch)
                    break
                except requests.RequestException as exc:
                    delay = backoff_delay(attempt, self.settings.base_delay, self.settings.max_delay)
                    log.warning("upload attempt %d failed (%s); retrying in %.1fs",
                                attempt + 1, type(exc).__name__, delay)
                    time.sleep(delay)
            else:
                return 0
            conn.executemany(
                "UPDATE outbox SET sent_at = datetime('now') WHERE id = ?",
                [(row_id,) for row_id, _ in batch],
            )
        return len(batch)
