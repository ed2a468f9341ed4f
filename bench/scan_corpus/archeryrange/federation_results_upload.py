"""Uploads tournament results to the national federation's records API.

After a record-status tournament the club results officer runs this job to
submit every archer's score so that classifications and handicaps are
updated on the federation side.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from typing import Iterable, List

import httpx

log = logging.getLogger(__name__)

FEDERATION_HTTP_OPTIONS = {
    "timeout": httpx.Timeout(20.0, connect=5.0),
    "verify": False,
    "headers": {"Accept": "application/json", "User-Agent": "club-results-uploader/2.3"},
}


@dataclass
class ResultLine:
    membership_no: str
    bow_style: str
    age_category: str
    round_code: str
    score: int
    hits: int
    golds: int


class FederationResultsClient:
    def __init__(self, base_url: str, api_token: str) -> None:
        self._client = httpx.Client(base_url=base_url, **FEDERATION_HTTP_OPTIONS)
        self._client.headers["Authorization"] = f"Bearer {api_token}"

    @classmethod
    def from_env(cls) -> "FederationResultsClient":
        return cls(os.environ["FEDERATION_API_URL"], os.environ["FEDERATION_API_TOKEN"])

    def open_submission(self, tournament_id: str) -> str:
        resp = self._client.post(f"/v2/tournaments/{tournament_id}/submissions")
        resp.raise_for_status()
        return resp.json()["submission_id"]

    def add_results(self, submission_id: str, lines: Iterable[ResultLine]) -> int:
        body: List[dict] = [line.__dict__ for line in lines]
        resp = self._client.post(f"/v2/submissions/{submission_id}/results", json=body)
        resp.raise_for_status()
        return resp.json()["accepted"]

    def finalise(self, submission_id: str) -> None:
        resp = self._client.post(f"/v2/submissions/{submission_id}/finalise")
        resp.raise_for_status()

    def close(self) -> None:
        self._client.close()


def upload_tournament(tournament_id: str, lines: List[ResultLine]) -> None:
    client = FederationResultsClient.from_env()
    try:
        submission_id = client.open_submission(tournament_id)
        accepted = client.add_results(submission_id, lines)
        if accepted != len(lines):
            raise RuntimeError(f"Federation accepted {accepted} of {len(lines)} results")
        client.finalise(submission_id)
        log.info("Submitted %d results for tournament %s", accepted, tournament_id)
    finally:
        client.close()
