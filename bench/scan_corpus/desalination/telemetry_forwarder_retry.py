"""Store-and-forward for membrane skid telemetry when the plant WAN link to
the cloud historian drops (common during sandstorms at the intake)."""
from __future__ import annotations

import json
import logging
import random
import sqlite3
import time
from dataclasses import dataclass
from typing import Callable

import requests

log = logging.getLogger("telemetry.forwarder")


@dataclass(frozen=True)
class BackoffPolicy:
    base_s: float = 1.0
    cap_s: float = 120.0
    max_attempts: int = 8

    def delay(self, attempt: int, rng: Callable[[float, float], float] = random.uniform) -> float:
        ceiling = min(self.cap_s, self.base_s * (2 ** attempt))
        return rng(0, ceiling)


class SpoolForwarder:
    def __init__(self, spool_path: str, endpoint: str, policy: BackoffPolicy = BackoffPolicy()) -> None:
        self.db = sqlite3.connect(spool_path)
        self.db.execute("CREATE TABLE IF NOT EXISTS spool (id INTEGER PRIMARY KEY, body TEXT NOT NULL)")
        self.endpoint = endpoint
        self.policy = policy
        self.http = requests.Session()

    def enqueue(self, reading: dict) -> None:
        self.db.execute("INSERT INTO spool (body) VALUES (?)", (json.dumps(reading),))
        self.db.commit()

    def _send(self, batch: list[str]) -> None:
        payload = "[" + ",".join(batch) + "]"
        resp = self.http.post(self.endpoint, data=payload, headers={"Content-Type": "application/json"}, timeout=15)
        resp.raise_for_status()

    def drain(self, batch_size: int = 500) -> int:
        rows = self.db.execute("SELECT id, body FROM spool ORDER BY id LIMIT ?", (batch_size,)).fetchall()
        if not rows:
            return 0
        for attempt in range(self.policy.max_attempts):
            try:
                self._send([body for _, body in rows])
                break
            except requests.RequestException as exc:
                wait = self.policy.delay(attempt)
                log.warning("forward failed (%s); retrying in %.1fs", exc, wait)
                time.sleep(wait)
        else:
            return 0
        self.db.execute("DELETE FROM spool WHERE id <= ?", (rows[-1][0],))
        self.db.commit()
        return len(rows)
