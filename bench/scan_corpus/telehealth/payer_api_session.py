"""Thin wrapper around the payer's prior-authorization / eligibility REST API.

Access tokens come from the payer's OAuth2 client-credentials endpoint and
are cached until shortly before they expire.
"""
from __future__ import annotations

import logging
import os
import time

import requests

logger = logging.getLogger("payer_api")


class PayerApiSession:
    def __init__(self, base_url: str, token_url: str, client_id: str, client_secret: str):
        self.base_url = base_url.rstrip("/")
        self.token_url = token_url
        self._client_id = client_id
        self._client_secret = client_secret
        self._token: str | None = None
        self._token_expiry = 0.0
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "PayerApiSession":
        return cls(
            base_url=os.environ["PAYER_API_BASE_URL"],
            token_url=os.environ["PAYER_TOKEN_URL"],
            client_id=os.environ["PAYER_CLIENT_ID"],
            client_secret=os.environ["PAYER_CLIENT_SECRET"],
        )

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self._http.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "eligibility priorauth"},
            auth=(self._client_id, self._client_secret),
            timeout=10,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 300))
        return self._token

    def _headers(self) -> dict[str, str]:
        return {
            "Authorization": f"Bearer {self._access_token()}",
            "Accept": "application/fhir+json",
        }

    def request(self, method: str, path: str, **kwargs) -> requests.Response:
        url = f"{self.base_url}/{path.lstrip('/')}"
        headers = {**self._headers(), **kwargs.pop("headers", {})}
        logger.debug("payer request %s %s headers=%s", method, url, headers)
        resp = self._http.request(method, url, headers=headers, timeout=kwargs.pop("timeout", 20), **kwargs)
        logger.debug("payer response %s %s -> %s", method, url, resp.status_code)
        resp.raise_for_status()
        return resp

    def coverage_eligibility(self, request_resource: dict) -> dict:
        return self.request("POST", "/CoverageEligibilityRequest/$submit", json=request_resource).json()
