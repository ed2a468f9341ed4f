"""Client for the contract lab's results API.

Bottled batches are sampled and sent to an accredited lab for ABV, pH and
microbial counts. This client submits sample manifests and pulls back
finished results into the batch log.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("lab.results")


@dataclass(frozen=True)
class LabApiSettings:
    base_url: str
    client_id: str
    api_token: str = field(repr=False)
    timeout: float = 20.0

    @classmethod
    def from_env(cls) -> "LabApiSettings":
        return cls(
            base_url=os.environ["LAB_API_URL"],
            client_id=os.environ["LAB_CLIENT_ID"],
            api_token=os.environ["LAB_API_TOKEN"],
        )


class LabResultsClient:
    def __init__(self, settings: LabApiSettings):
        self.settings = settings
        self.http = httpx.Client(
            base_url=settings.base_url,
            timeout=settings.timeout,
            headers={"Authorization": f"Bearer {settings.api_token}"},
        )

    def submit_samples(self, batch_code: str, sample_ids: list[str], tests: list[str]) -> str:
        resp = self.http.post(
            "/v1/submissions",
            json={
                "client_id": self.settings.client_id,
                "reference": batch_code,
                "samples": [{"id": s, "tests": tests} for s in sample_ids],
            },
        )
        resp.raise_for_status()
        submission_id = resp.json()["submission_id"]
        log.info("submitted %d samples for batch %s as %s", len(sample_ids), batch_code, submission_id)
        return submission_id

    def results(self, submission_id: str) -> list[dict]:
        resp = self.http.get(f"/v1/submissions/{submission_id}/results")
        resp.raise_for_status()
        body = resp.json()
        if body["status"] != "complete":
            return []
        return [
            {"sample_id": r["sample_id"], "test": r["test"], "value": r["value"], "unit": r["unit"]}
            for r in body["results"]
        ]

    def close(self) -> None:
        self.http.close()
