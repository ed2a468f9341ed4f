"""Heartbeat sent every minute from the day-let booking workers to the status page."""

from __future__ import annotations

import logging
import os
import socket
import time
from datetime import datetime, timezone

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("bookings.heartbeat")

INTERVAL_SECONDS = 60


class Heartbeat:
    def __init__(self, engine: Engine, status_url: str, status_token: str):
        self.engine = engine
        self.status_url = status_url
        self.status_token = status_token
        self.version = os.environ.get("APP_VERSION", "dev")
        self.started = datetime.now(timezone.utc)

    def _queue_depth(self) -> int:
        with self.engine.connect() as conn:
            return conn.execute(
                text("SELECT count(*) FROM day_let_jobs WHERE state = 'queued'")
            ).scalar_one()

    def beat(self, client: httpx.Client) -> None:
        payload = {
            "component": "day-let-workers",
            "host": socket.gethostname(),
            "version": self.version,
            "uptime_s": int((datetime.now(timezone.utc) - self.started).total_seconds()),
            "queue_depth": self._queue_depth(),
        }
        resp = client.post(self.status_url, json=payload)
        if resp.status_code >= 400:
            log.warning("status page refused heartbeat: %s", resp.status_code)

    def run_forever(self) -> None:
        headers = {"Authorization": f"Bearer {self.status_token}"}
        with httpx.Client(headers=headers, timeout=10) as client:
            while True:
                try:
                    self.beat(client)
                except httpx.HTTPError as exc:
                    log.warning("heartbeat failed: %s", exc.__class__.__name__)
                time.sleep(INTERVAL_SECONDS)


def main() -> None:
    from .db import engine

    Heartbeat(
        engine,
        status_url=os.environ["STATUS_PAGE_URL"],
        status_token=os.environ["STATUS_PAGE_TOKEN"],
    ).run_forever()


if __name__ == "__main__":
    main()
