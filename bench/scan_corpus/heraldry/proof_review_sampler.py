"""Monthly quality audit of the blazon register.

Picks a random sample of recently registered blazons for a second herald to
re-read against the painted emblazonment, and posts the list to the review
queue service.  Network calls retry with jittered backoff.
"""
import logging
import random
import time
from dataclasses import dataclass
from typing import Sequence

import requests

log = logging.getLogger("registry.audit")

REVIEW_QUEUE_URL = "https://review.internal.heraldry-studio.example/api/batches"
SAMPLE_RATE = 0.05
MIN_SAMPLE = 12


@dataclass(frozen=True)
class BlazonEntry:
    registration_no: str
    armiger: str
    blazon: str


def choose_for_review(entries: Sequence[BlazonEntry]) -> list[BlazonEntry]:
    size = max(MIN_SAMPLE, int(len(entries) * SAMPLE_RATE))
    size = min(size, len(entries))
    return random.sample(list(entries), size)


def _backoff(attempt: int, base: float = 0.5, cap: float = 20.0) -> float:
    return min(cap, base * 2 ** attempt) * random.uniform(0.5, 1.0)


def submit_batch(month: str, picked: list[BlazonEntry], attempts: int = 5) -> None:
    payload = {
        "month": month,
        "items": [{"registration_no": e.registration_no, "blazon": e.blazon} for e in picked],
    }
    for attempt in range(attempts):
        try:
            resp = requests.post(REVIEW_QUEUE_URL, json=payload, timeout=15)
            resp.raise_for_status()
            log.info("queued %d blazons for %s review", len(picked), month)
            return
        except requests.RequestException as exc:
            delay = _backoff(attempt)
            log.warning("review queue unavailable (%s), retrying in %.1fs", exc, delay)
            time.sleep(delay)
    raise RuntimeError("could not submit audit batch")
