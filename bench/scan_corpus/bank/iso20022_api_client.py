"""Client for the correspondent bank's ISO 20022 payment-initiation API.

Submits pain.001 documents and polls for pain.002 status reports. Uses OAuth2
client credentials; the token is cached in memory until near expiry.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("payments.correspondent")


@dataclass(frozen=True)
class CorrespondentConfig:
    api_base: str
    token_url: str
    client_id: str
    client_secret: str
    timeout: float = 15.0


class CorrespondentClient:
    def __init__(self, cfg: CorrespondentConfig) -> None:
        self._cfg = cfg
        self._session = requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _bearer(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self._session.post(
            self._cfg.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self._cfg.client_id, self._cfg.client_secret),
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        lifetime = int(body.get("expires_in", 3600))
        self._token_expiry = time.monotonic() + lifetime
        log.debug("token refreshed for client %s, valid for %ss", self._cfg.client_id, lifetime)
        return self._token

    def submit_pain001(self, document: bytes, msg_id: str) -> str:
        resp = self._session.post(
            f"{self._cfg.api_base}/payments/pain.001",
            data=document,
            headers={"Authorization": f"Bearer {self._bearer()}", "Content-Type": "application/xml"},
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        submission_id = resp.json()["submissionId"]
        log.info("pain.001 %s accepted as submission %s", msg_id, submission_id)
        return submission_id

    def status_report(self, submission_id: str) -> bytes:
        resp = self._session.get(
            f"{self._cfg.api_base}/payments/{submission_id}/pain.002",
            headers={"Authorization": f"Bearer {self._bearer()}"},
            timeout=self._cfg.timeout,
        )
        resp.raise_for_status()
        return resp.content
