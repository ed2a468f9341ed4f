"""Worker that pulls forging and polishing jobs off the production queue.

Several workshop PCs run this poller. Backoff is jittered so they don't all
hit the queue API at the same moment after a network blip.
"""
import logging
import os
import random
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("lorimer.workshop.poller")

QUEUE_URL = os.environ.get("WORKSHOP_QUEUE_URL", "https://queue.internal.lorimerworks.co.uk")
STATION = os.environ.get("WORKSHOP_STATION", "forge-1")


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 60.0
    attempt: int = 0

    def next_delay(self) -> float:
        self.attempt += 1
        ceiling = min(self.cap, self.base * 2 ** self.attempt)
        return random.uniform(0, ceiling)

    def reset(self) -> None:
        self.attempt = 0


def claim_next_job(session: requests.Session) -> dict | None:
    resp = session.post(f"{QUEUE_URL}/jobs/claim", json={"station": STATION}, timeout=10)
    if resp.status_code == 204:
        return None
    resp.raise_for_status()
    return resp.json()


def run(handler, idle_sleep: float = 5.0) -> None:
    backoff = Backoff()
    with requests.Session() as session:
        while True:
            try:
                job = claim_next_job(session)
            except requests.RequestException as exc:
                delay = backoff.next_delay()
                log.warning("queue unavailable (%s), retrying in %.1fs", exc, delay)
                time.sleep(delay)
                continue
            backoff.reset()
            if job is None:
                time.sleep(idle_sleep + random.random())
                continue
            log.info("station %s took job %s (%s x%d)", STATION, job["id"], job["sku"], job["qty"])
            handler(job)
            session.post(f"{QUEUE_URL}/jobs/{job['id']}/done", timeout=10)
