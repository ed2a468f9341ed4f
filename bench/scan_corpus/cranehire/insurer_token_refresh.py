"""OAuth client for the fleet insurer's policy API.

We report hires, on-hire locations and incidents to the insurer. Their API
uses the client-credentials grant; tokens last an hour.
"""
import logging
import os
import threading
import time
from typing import Optional

import requests

log = logging.getLogger("cranehire.insurer")


class InsurerClient:
    def __init__(self, base_url: str, token_url: str, client_id: str, client_secret: str) -> None:
        self._base_url = base_url.rstrip("/")
        self._token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._access_token: Optional[str] = None
        self._expires_at = 0.0
        self._lock = threading.Lock()
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "InsurerClient":
        return cls(
            base_url=os.environ["INSURER_API_URL"],
            token_url=os.environ["INSURER_TOKEN_URL"],
            client_id=os.environ["INSURER_CLIENT_ID"],
            client_secret=os.environ["INSURER_CLIENT_SECRET"],
        )

    def _refresh(self) -> None:
        resp = self._http.post(
            self._token_url,
            data={"grant_type": "client_credentials", "scope": "policy.write"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 3600)) - 60

    def _headers(self) -> dict:
        with self._lock:
            if self._access_token is None or time.monotonic() >= self._expires_at:
                self._refresh()
                log.info("insurer token refreshed for %s: %s", self._client_id, self._access_token)
            return {"Authorization": f"Bearer {self._access_token}"}

    def report_hire(self, crane_id: str, site_postcode: str, on_hire: str, off_hire: str) -> str:
        resp = self._http.post(
            f"{self._base_url}/v2/hires",
            json={
                "asset_ref": crane_id,
                "location": {"postcode": site_postcode},
                "period": {"start": on_hire, "end": off_hire},
            },
            headers=self._headers(),
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()["hire_ref"]

    def report_incident(self, crane_id: str, summary: str, occurred_at: str) -> str:
        resp = self._http.post(
            f"{self._base_url}/v2/incidents",
            json={"asset_ref": crane_id, "summary": summary, "occurred_at": occurred_at},
            headers=self._headers(),
            timeout=20,
        )
        resp.raise_for_status()
        log.info("incident for %s reported to insurer", crane_id)
        return resp.json()["incident_ref"]
