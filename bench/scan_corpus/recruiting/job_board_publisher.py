"""Publish open requisitions to the external job-board network."""

import logging
import time

import requests

log = logging.getLogger("ats.jobsync")


class JobBoardPublisher:
    def __init__(self, base_url: str, client_id: str, client_secret: str, timeout: float = 20.0):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self.client_secret = client_secret
        self.timeout = timeout
        self.session = requests.Session()
        self._token_expires_at = 0.0

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": self.client_id,
                "client_secret": self.client_secret,
                "scope": "jobs:write",
            },
            timeout=self.timeout,
        )
        resp.raise_for_status()
        payload = resp.json()
        token = payload["access_token"]
        log.debug("job board token acquired: %s (expires in %ss)", token, payload.get("expires_in"))
        self.session.headers["Authorization"] = f"Bearer {token}"
        self._token_expires_at = time.monotonic() + int(payload.get("expires_in", 3600)) - 60

    def _ensure_token(self) -> None:
        if time.monotonic() >= self._token_expires_at:
            self._authenticate()

    def publish(self, requisition: dict) -> str:
        self._ensure_token()
        body = {
            "external_id": requisition["id"],
            "title": requisition["title"],
            "location": requisition["location"],
            "employment_type": requisition.get("employment_type", "FULL_TIME"),
            "description_html": requisition["description_html"],
            "apply_url": requisition["apply_url"],
        }
        resp = self.session.put(
            f"{self.base_url}/v2/jobs/{requisition['id']}", json=body, timeout=self.timeout
        )
        resp.raise_for_status()
        log.info("published requisition %s", requisition["id"])
        return resp.json()["posting_url"]

    def unpublish(self, requisition_id: str) -> None:
        self._ensure_token()
        resp = self.session.delete(f"{self.base_url}/v2/jobs/{requisition_id}", timeout=self.timeout)
        if resp.status_code not in (200, 204, 404):
            resp.raise_for_status()
