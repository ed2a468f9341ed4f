"""requests authentication for the accredited water-quality laboratory's
results API (boron, bromide, turbidity and microbiology for product water).

The lab issues short-lived bearer tokens in exchange for a client assertion."""
from __future__ import annotations

import hashlib
import logging
import os
import time

import requests
from requests.auth import AuthBase

logger = logging.getLogger("lims.auth")


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


class LabTokenAuth(AuthBase):
    def __init__(self, token_url: str, client_id: str, client_secret: str) -> None:
        self.token_url = token_url
        self.client_id = client_id
        self.client_secret = client_secret
        self._token: str | None = None
        self._expires = 0.0

    def _refresh(self) -> None:
        resp = requests.post(
            self.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires = time.time() + body.get("expires_in", 900) - 30
        logger.info(
            "lab token issued for client %s (fingerprint %s, expires in %ss)",
            self.client_id,
            token_fingerprint(self._token),
            body.get("expires_in", 900),
        )

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        if self._token is None or time.time() >= self._expires:
            self._refresh()
        r.headers["Authorization"] = f"Bearer {self._token}"
        return r


def fetch_results(sample_point: str, since: str) -> list[dict]:
    auth = LabTokenAuth(
        os.environ["LIMS_TOKEN_URL"], os.environ["LIMS_CLIENT_ID"], os.environ["LIMS_CLIENT_SECRET"]
    )
    resp = requests.get(
        f"{os.environ['LIMS_API_BASE']}/results",
        params={"sample_point": sample_point, "since": since},
        auth=auth,
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["results"]
