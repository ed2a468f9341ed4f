"""Worker that pulls setup/repair jobs from the queue and posts them to the bench board.

Runs as a long-lived process next to the web app. When the bench board
is unavailable it backs off with jitter so several workers don't retry
in lockstep.
"""
import logging
import random
import time
from dataclasses import dataclass

import requests

from .queue import JobQueue

log = logging.getLogger("repair_worker")

BENCH_BOARD_URL = "https://bench.workshop.internal/api/jobs"


@dataclass
class Backoff:
    base: float = 0.5
    cap: float = 30.0
    attempt: int = 0

    def next_delay(self) -> float:
        self.attempt += 1
        ceiling = min(self.cap, self.base * 2 ** self.attempt)
        return random.uniform(0, ceiling)

    def reset(self) -> None:
        self.attempt = 0


def post_to_board(job: dict, timeout: float = 5.0) -> None:
    resp = requests.post(
        BENCH_BOARD_URL,
        json={
            "job_id": job["id"],
            "instrument": job["instrument"],
            "work": job["work_type"],
            "due": job["due_date"],
        },
        timeout=timeout,
    )
    resp.raise_for_status()


def run(queue: JobQueue, idle_sleep: float = 2.0) -> None:
    backoff = Backoff()
    while True:
        job = queue.reserve()
        if job is None:
            time.sleep(idle_sleep)
            continue
        try:
            post_to_board(job)
        except requests.RequestException as exc:
            delay = backoff.next_delay()
            log.warning("bench board unavailable (%s), retrying job %s in %.1fs", exc, job["id"], delay)
            queue.release(job["id"])
            time.sleep(delay)
            continue
        backoff.reset()
        queue.ack(job["id"])
        log.info("job %s posted to bench board", job["id"])
