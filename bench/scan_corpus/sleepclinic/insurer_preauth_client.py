"""Client for the payer pre-authorisation API used before scheduling studies.

Most commercial payers require prior authorisation for in-lab PSG (CPT 95810)
and CPAP titration (95811). The clearing house exposes an OAuth2
client-credentials API for submitting requests and polling their status.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

logger = logging.getLogger(__name__)


@dataclass(frozen=True)
class PreauthConfig:
    base_url: str
    token_url: str
    client_id: str
    client_secret: str
    ca_bundle: str

    @classmethod
    def from_env(cls) -> "PreauthConfig":
        return cls(
            base_url=os.environ["PREAUTH_BASE_URL"],
            token_url=os.environ["PREAUTH_TOKEN_URL"],
            client_id=os.environ["PREAUTH_CLIENT_ID"],
            client_secret=os.environ["PREAUTH_CLIENT_SECRET"],
            ca_bundle=os.environ.get("PREAUTH_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt"),
        )


class PreauthClient:
    def __init__(self, config: PreauthConfig) -> None:
        self.config = config
        self.http = requests.Session()
        self.http.verify = config.ca_bundle
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 30:
            return self._token
        resp = self.http.post(
            self.config.token_url,
            data={"grant_type": "client_credentials", "scope": "preauth.write preauth.read"},
            auth=(self.config.client_id, self.config.client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 300))
        logger.debug("obtained pre-auth access token %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def submit(self, member_id: str, payer_id: str, cpt_code: str, icd10: list[str]) -> str:
        resp = self.http.post(
            f"{self.config.base_url}/v1/authorisations",
            json={
                "payer_id": payer_id,
                "member_id": member_id,
                "service": {"cpt": cpt_code, "diagnoses": icd10, "place_of_service": "11"},
            },
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=30,
        )
        resp.raise_for_status()
        request_id = resp.json()["request_id"]
        logger.info("submitted pre-auth %s for payer %s cpt %s", request_id, payer_id, cpt_code)
        return request_id

    def status(self, request_id: str) -> dict:
        resp = self.http.get(
            f"{self.config.base_url}/v1/authorisations/{request_id}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()
