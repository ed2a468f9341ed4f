"""Legal-research API client used by the brief-drafting assistant.

Fetches citations and headnotes for authorities cited in a draft. Uses the
client-credentials grant; tokens are cached in-process until shortly before
they expire.
"""
import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class ResearchApiClient:
    def __init__(self) -> None:
        self.base_url = os.environ["RESEARCH_API_URL"].rstrip("/")
        self._token_url = os.environ["RESEARCH_TOKEN_URL"]
        self._client_id = os.environ["RESEARCH_CLIENT_ID"]
        self._client_secret = os.environ["RESEARCH_CLIENT_SECRET"]
        self._access_token = None
        self._expires_at = 0.0
        self.session = requests.Session()

    def _token(self) -> str:
        if self._access_token and time.monotonic() < self._expires_at:
            return self._access_token
        resp = self.session.post(
            self._token_url,
            data={"grant_type": "client_credentials"},
            auth=(self._client_id, self._client_secret),
            timeout=20,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 1800)) - 60
        log.info(
            "obtained research API access token for client %s (expires in %ss, scope=%s)",
            self._client_id,
            body.get("expires_in"),
            body.get("scope", ""),
        )
        return self._access_token

    def lookup_citation(self, citation: str) -> dict:
        resp = self.session.get(
            f"{self.base_url}/citations",
            params={"q": citation},
            headers={"Authorization": f"Bearer {self._token()}"},
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()
