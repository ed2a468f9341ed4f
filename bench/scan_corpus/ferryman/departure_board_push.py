"""Pushing live departure times to hotel lobby screens.

Partner hotels show the next water-taxi departures from their nearest pier
on a lobby screen. A Celery task pushes an update whenever a skipper marks
a sailing as delayed; failed pushes are retried with backoff so that many
screens coming back online do not all retry at the same moment.
"""
import os
import random

import httpx
from celery import Celery

app = Celery("departures", broker=os.environ.get("CELERY_BROKER_URL", "redis://localhost:6379/0"))

BASE_DELAY_S = 5
MAX_DELAY_S = 300
MAX_RETRIES = 6


def backoff_with_jitter(attempt: int) -> float:
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** attempt))
    return random.uniform(ceiling / 2, ceiling)


def build_payload(pier_code: str, departures: list[dict]) -> dict:
    return {
        "pier": pier_code,
        "departures": [
            {
                "route": d["route_code"],
                "scheduled": d["scheduled_at"],
                "expected": d.get("expected_at") or d["scheduled_at"],
                "status": d.get("status", "on time"),
            }
            for d in departures[:6]
        ],
    }


@app.task(bind=True, max_retries=MAX_RETRIES, acks_late=True)
def push_departures(self, screen_url: str, pier_code: str, departures: list[dict]) -> int:
    payload = build_payload(pier_code, departures)
    try:
        resp = httpx.post(screen_url, json=payload, timeout=8.0)
        resp.raise_for_status()
    except httpx.HTTPError as exc:
        raise self.retry(exc=exc, countdown=backoff_with_jitter(self.request.retries))
    return resp.status_code


def fan_out(pier_code: str, departures: list[dict], screen_urls: list[str]) -> None:
    for url in screen_urls:
        push_departures.delay(url, pier_code, departures)
