"""Pulls lab results (brightness, tensile, caliper) from the LIMS for finished reels."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Iterator

import httpx


@dataclass
class LimsSettings:
    base_url: str = field(default_factory=lambda: os.environ["LIMS_BASE_URL"])
    token_env: str = "LIMS_API_TOKEN"
    ssl_verify: bool = False
    timeout_s: float = 15.0


@dataclass
class MillSettings:
    site: str = "Mill 2"
    lims: LimsSettings = field(default_factory=LimsSettings)


class LabResultsClient:
    """Thin wrapper around the LIMS REST API used by the reel grading job."""

    def __init__(self, settings: MillSettings) -> None:
        self._cfg = settings.lims
        self._client = httpx.Client(
            base_url=self._cfg.base_url,
            verify=self._cfg.ssl_verify,
            timeout=self._cfg.timeout_s,
            headers={"Authorization": f"Bearer {os.environ[self._cfg.token_env]}"},
        )

    def results_for_reel(self, reel_id: str) -> list[dict]:
        resp = self._client.get("/api/v2/samples", params={"reel": reel_id})
        resp.raise_for_status()
        return resp.json()["items"]

    def iter_pending(self, machine: str) -> Iterator[dict]:
        page = 1
        while True:
            resp = self._client.get("/api/v2/samples/pending", params={"pm": machine, "page": page})
            resp.raise_for_status()
            payload = resp.json()
            yield from payload["items"]
            if not payload.get("next"):
                break
            page += 1

    def close(self) -> None:
        self._client.close()
