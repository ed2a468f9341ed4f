"""Synchronise survey appointments with the classification society API.

The society offers an OAuth2 client-credentials API for booking surveyor
attendance; we push our dry dock survey requests and pull back the
assigned surveyor and confirmed time.
"""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class SocietyAPI:
    def __init__(self, base_url: str, client_id: str, client_secret: str):
        self.base_url = base_url.rstrip("/")
        self.client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._token_expiry = 0.0
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "SocietyAPI":
        return cls(
            os.environ["CLASS_API_URL"],
            os.environ["CLASS_API_CLIENT_ID"],
            os.environ["CLASS_API_CLIENT_SECRET"],
        )

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self._http.post(
            f"{self.base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "survey.booking"},
            auth=(self.client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 3600))
        log.debug("new token for %s: %s (expires in %ss)", self.client_id, self._token, body.get("expires_in"))
        return self._token

    def request_survey(self, imo: str, survey_type: str, dock: str, window: tuple[str, str]) -> dict:
        resp = self._http.post(
            f"{self.base_url}/v1/surveys",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            json={"imo": imo, "type": survey_type, "location": dock, "from": window[0], "to": window[1]},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()

    def confirmed(self, request_id: str) -> dict:
        resp = self._http.get(
            f"{self.base_url}/v1/surveys/{request_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=20,
        )
        resp.raise_for_status()
        return resp.json()
