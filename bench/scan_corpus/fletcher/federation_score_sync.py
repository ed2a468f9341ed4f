"""Pushes finished tournament scores to the national archery federation."""
from __future__ import annotations

import logging
import random

import requests
from celery import shared_task

from fletcher.tournaments.models import Tournament
from fletcher.tournaments.export import federation_payload
from fletcher.conf import settings

log = logging.getLogger(__name__)

BASE_DELAY_S = 30
MAX_DELAY_S = 1800


def backoff_delay(attempt: int) -> float:
    ceiling = min(MAX_DELAY_S, BASE_DELAY_S * (2 ** attempt))
    return random.uniform(ceiling / 2, ceiling)


@shared_task(bind=True, max_retries=8, acks_late=True)
def push_results(self, tournament_id: int) -> str:
    tournament = Tournament.objects.select_related("venue").get(pk=tournament_id)
    if not tournament.results_final:
        log.info("tournament %s not final yet, skipping federation push", tournament_id)
        return "skipped"
    try:
        resp = requests.post(
            f"{settings.FEDERATION_API_URL}/v2/results",
            json=federation_payload(tournament),
            headers={"Authorization": f"Bearer {settings.FEDERATION_API_TOKEN}"},
            timeout=20,
        )
        if resp.status_code in (429, 502, 503, 504):
            raise requests.HTTPError(f"federation busy: {resp.status_code}")
        resp.raise_for_status()
    except requests.RequestException as exc:
        delay = backoff_delay(self.request.retries)
        log.warning("federation push for %s failed (%s), retrying in %.0fs", tournament_id, exc, delay)
        raise self.retry(exc=exc, countdown=delay)
    tournament.federation_ref = resp.json().get("reference")
    tournament.save(update_fields=["federation_ref"])
    return tournament.federation_ref
