"""Celery task polling the waterway authority for closures and water levels."""
import logging
import random
import time

import requests
from celery import shared_task

from bargeman.settings import settings
from bargeman.waterways import store_notices

log = logging.getLogger(__name__)

MAX_ATTEMPTS = 5
BASE_DELAY = 1.5


def _backoff(attempt: int) -> float:
    return BASE_DELAY * (2 ** attempt) + random.uniform(0, BASE_DELAY)


def _fetch_notices(session: requests.Session, since: str) -> list[dict]:
    for attempt in range(MAX_ATTEMPTS):
        try:
            resp = session.get(
                f"{settings.WATERWAY_API_URL}/notices",
                params={"since": since, "fairway": settings.FAIRWAY_CODES},
                timeout=10,
            )
            if resp.status_code < 500:
                resp.raise_for_status()
                return resp.json()["notices"]
        except requests.ConnectionError:
            log.info("waterway API unreachable, attempt %d", attempt + 1)
        time.sleep(_backoff(attempt))
    raise RuntimeError("waterway notices unavailable")


@shared_task(name="waterways.poll_notices")
def poll_notices(since: str) -> int:
    with requests.Session() as session:
        notices = _fetch_notices(session, since)
    return store_notices(notices)
