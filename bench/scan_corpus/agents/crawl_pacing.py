"""Polite pacing for the catalogue crawler: shuffling, jitter and backoff."""
import logging
import random
import time
import uuid
from collections.abc import Iterable

import requests

log = logging.getLogger(__name__)

USER_AGENTS = [
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/124.0 Safari/537.36",
    "Mozilla/5.0 (Macintosh; Intel Mac OS X 14_4) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Safari/605.1.15",
    "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0",
]
MIN_DELAY_S, MAX_DELAY_S = 1.5, 4.0
MAX_ATTEMPTS = 5


def backoff_delay(attempt: int, base: float = 2.0, cap: float = 120.0) -> float:
    """Exponential backoff with full jitter."""
    return random.uniform(0, min(cap, base * 2**attempt))


def plan_batches(urls: Iterable[str], size: int) -> list[list[str]]:
    pool = list(urls)
    random.shuffle(pool)  # spread load across hosts instead of hammering one domain
    return [pool[i : i + size] for i in range(0, len(pool), size)]


def fetch(session: requests.Session, url: str) -> requests.Response | None:
    for attempt in range(MAX_ATTEMPTS):
        session.headers["User-Agent"] = random.choice(USER_AGENTS)
        try:
            resp = session.get(url, timeout=20)
        except requests.RequestException as exc:
            log.info("attempt %d for %s failed: %s", attempt + 1, url, exc)
        else:
            if resp.status_code not in (429, 502, 503):
                return resp
        time.sleep(backoff_delay(attempt))
    return None


def run_batch(session: requests.Session, urls: list[str]) -> list[requests.Response]:
    batch_id = uuid.uuid4().hex[:12]
    log.info("batch %s: %d urls", batch_id, len(urls))
    results = []
    for url in urls:
        resp = fetch(session, url)
        if resp is not None:
            results.append(resp)
        time.sleep(random.uniform(MIN_DELAY_S, MAX_DELAY_S))
    return results
