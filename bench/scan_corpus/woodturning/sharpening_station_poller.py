"""Poll the sharpening station controller for finished jobs.

The grinding jig controller in the back room exposes a small HTTP status API.
This worker polls it, moves finished tickets to "ready for collection" and
texts the customer. Polling uses exponential backoff with jitter so several
workers do not hammer the controller in lockstep after it reboots.
"""
from __future__ import annotations

import logging
import os
import random
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("sharpening.poller")


@dataclass(frozen=True)
class PollerSettings:
    controller_url: str = os.environ.get("SHARPENING_CONTROLLER_URL", "")
    base_delay: float = 2.0
    max_delay: float = 60.0
    max_attempts: int = 8


def backoff_delay(attempt: int, settings: PollerSettings) -> float:
    ceiling = min(settings.max_delay, settings.base_delay * (2 ** attempt))
    return random.uniform(0, ceiling)


class StationPoller:
    def __init__(self, queue, notifier, settings: PollerSettings | None = None) -> None:
        self.queue = queue
        self.notifier = notifier
        self.settings = settings or PollerSettings()
        self.client = httpx.Client(base_url=self.settings.controller_url, timeout=10.0)

    def _fetch_finished(self) -> list[dict]:
        for attempt in range(self.settings.max_attempts):
            try:
                resp = self.client.get("/jobs", params={"state": "finished"})
                resp.raise_for_status()
                return resp.json()["jobs"]
            except (httpx.TransportError, httpx.HTTPStatusError) as exc:
                delay = backoff_delay(attempt, self.settings)
                log.warning("controller unavailable (%s); retrying in %.1fs", exc, delay)
                time.sleep(delay)
        raise RuntimeError("sharpening controller did not answer")

    def run_once(self) -> int:
        done = 0
        for job in self._fetch_finished():
            ticket = self.queue.mark_ready(job["ticket_no"])
            if ticket is None:
                continue
            self.notifier.sms(
                ticket.phone,
                f"Your tools (ticket #{ticket.ticket_no}) are sharpened and ready to collect.",
            )
            self.client.post(f"/jobs/{job['id']}/ack")
            done += 1
        return done

    def run_forever(self, interval: float = 30.0) -> None:
        while True:
            count = self.run_once()
            if count:
                log.info("marked %d tickets ready", count)
            time.sleep(interval)
