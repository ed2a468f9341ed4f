"""Publishes confirmed match results to the league federation.

After the referee and both captains sign the match card in the club app,
the score and try scorers are sent to the federation's results API.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import List

import httpx

log = logging.getLogger("federation.results")


@dataclass
class MatchResult:
    fixture_ref: str
    home_score: int
    away_score: int
    try_scorers: List[int] = field(default_factory=list)
    referee_ref: str = ""


class ResultsPublisher:
    def __init__(self) -> None:
        self._base_url = os.environ["FEDERATION_API_URL"].rstrip("/")
        self._token = os.environ["FEDERATION_RESULTS_TOKEN"]

    @property
    def _auth_headers(self) -> dict:
        return {"Authorization": f"Bearer {self._token}"}

    def publish(self, result: MatchResult) -> str:
        body = {
            "fixture": result.fixture_ref,
            "score": {"home": result.home_score, "away": result.away_score},
            "tries": [{"player_ref": p} for p in result.try_scorers],
            "referee": result.referee_ref,
        }
        with httpx.Client(timeout=20.0) as client:
            resp = client.post(f"{self._base_url}/v2/results", json=body, headers=self._auth_headers)
        if resp.status_code == 409:
            log.info("result for %s was already published", result.fixture_ref)
            return resp.json()["result_ref"]
        resp.raise_for_status()
        ref = resp.json()["result_ref"]
        log.info("published result %s for fixture %s", ref, result.fixture_ref)
        return ref


def publish_signed_cards(repo) -> int:
    publisher = ResultsPublisher()
    count = 0
    for card in repo.signed_unpublished_cards():
        ref = publisher.publish(MatchResult(card.fixture_ref, card.home_score, card.away_score,
                                            card.try_scorer_refs, card.referee_ref))
        repo.mark_published(card.id, ref)
        count += 1
    return count
