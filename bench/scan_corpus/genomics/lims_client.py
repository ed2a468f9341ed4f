"""Thin client for the LIMS REST API used by the pipeline runners."""
from __future__ import annotations

import logging
import os
from typing import Any

import requests

log = logging.getLogger(__name__)


class LimsClient:
    """Wraps the LIMS sample and workflow endpoints."""

    def __init__(self, base_url: str, api_key: str, timeout: float = 30.0):
        self.base_url = base_url.rstrip("/")
        self.timeout = timeout
        self.session = requests.Session()
        self.session.headers.update({"X-Api-Key": api_key, "Accept": "application/json"})
        # the on-prem LIMS appliance ships with its own certificate
        self.session.verify = False

    @classmethod
    def from_env(cls) -> "LimsClient":
        return cls(os.environ["LIMS_BASE_URL"], os.environ["LIMS_API_KEY"])

    def _get(self, path: str, **params: Any) -> Any:
        resp = self.session.get(f"{self.base_url}{path}", params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def _post(self, path: str, payload: dict) -> Any:
        resp = self.session.post(f"{self.base_url}{path}", json=payload, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json() if resp.content else None

    def sample(self, accession: str) -> dict:
        return self._get(f"/api/v2/samples/{accession}")

    def samples_ready_for_sequencing(self, workflow: str) -> list[dict]:
        return self._get("/api/v2/samples", workflow=workflow, status="LIBRARY_QC_PASSED")

    def record_run_assignment(self, accession: str, run_id: str, lane: int) -> None:
        self._post(
            f"/api/v2/samples/{accession}/assignments",
            {"run_id": run_id, "lane": lane},
        )
        log.info("assigned %s to run %s lane %d", accession, run_id, lane)

    def update_status(self, accession: str, status: str, note: str = "") -> None:
        self._post(f"/api/v2/samples/{accession}/status", {"status": status, "note": note})
