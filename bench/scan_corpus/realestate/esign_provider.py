"""Thin wrapper around the e-signature provider's envelope API.

Creates envelopes for tenancy agreements and memoranda of sale, adds the
signers in order and fetches the completed PDF once everyone has signed.
"""
from __future__ import annotations

import base64
from dataclasses import dataclass
from pathlib import Path

import httpx

from .config import settings

ESIGN_API_KEY = "esk_live_9fQ2vT7xLk4mR8bW1nZc6HyP3dJs0aUe"
ACCOUNT_ID = settings.ESIGN_ACCOUNT_ID
DEFAULT_TIMEOUT = httpx.Timeout(30.0, connect=5.0)


@dataclass
class Signer:
    name: str
    email: str
    role: str  # "landlord", "tenant", "guarantor", "buyer", "seller"
    order: int = 1


class ESignClient:
    def __init__(self, base_url: str | None = None):
        self._client = httpx.Client(
            base_url=base_url or settings.ESIGN_BASE_URL,
            headers={"X-Api-Key": ESIGN_API_KEY, "X-Account": ACCOUNT_ID},
            timeout=DEFAULT_TIMEOUT,
        )

    def close(self) -> None:
        self._client.close()

    def __enter__(self) -> "ESignClient":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def create_envelope(self, title: str, pdf_path: Path, signers: list[Signer]) -> str:
        body = {
            "title": title,
            "document": {
                "name": pdf_path.name,
                "content_b64": base64.b64encode(pdf_path.read_bytes()).decode("ascii"),
            },
            "signers": [s.__dict__ for s in sorted(signers, key=lambda s: s.order)],
            "reminder_days": 2,
        }
        resp = self._client.post("/v1/envelopes", json=body)
        resp.raise_for_status()
        return resp.json()["id"]

    def envelope_status(self, envelope_id: str) -> str:
        resp = self._client.get(f"/v1/envelopes/{envelope_id}")
        resp.raise_for_status()
        return resp.json()["status"]

    def download_completed(self, envelope_id: str, target: Path) -> Path:
        with self._client.stream("GET", f"/v1/envelopes/{envelope_id}/document") as resp:
            resp.raise_for_status()
            with target.open("wb") as fh:
                for chunk in resp.iter_bytes():
                    fh.write(chunk)
        return target
