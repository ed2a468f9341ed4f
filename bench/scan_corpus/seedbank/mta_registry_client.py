"""Client for the national MTA registry, where signed agreements are lodged."""
import logging
import os
import time

import requests

log = logging.getLogger("seedbank.mta.registry")


class RegistryClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or os.environ["MTA_REGISTRY_URL"]).rstrip("/")
        self.client_id = os.environ["MTA_REGISTRY_CLIENT_ID"]
        self._client_secret = os.environ["MTA_REGISTRY_CLIENT_SECRET"]
        self._token = None
        self._expires_at = 0.0
        self.http = requests.Session()

    def _refresh_token(self) -> None:
        resp = self.http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials", "scope": "agreements:write"},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        lifetime = body.get("expires_in", 3600)
        self._expires_at = time.time() + lifetime - 60
        log.debug("refreshed registry token for client %s, valid for %ss", self.client_id, lifetime)

    def _auth_header(self) -> dict:
        if self._token is None or time.time() >= self._expires_at:
            self._refresh_token()
        return {"Authorization": f"Bearer {self._token}"}

    def lodge(self, agreement_id: str, recipient: str, pdf: bytes) -> str:
        resp = self.http.post(
            f"{self.base_url}/agreements",
            headers=self._auth_header(),
            files={"document": (f"MTA-{agreement_id}.pdf", pdf, "application/pdf")},
            data={"reference": agreement_id, "recipient": recipient},
            timeout=30,
        )
        resp.raise_for_status()
        registry_id = resp.json()["id"]
        log.info("lodged MTA %s with registry as %s", agreement_id, registry_id)
        return registry_id
