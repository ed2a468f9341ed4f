"""Client for the central pseudonymisation service (PSN).

Identifiable participant data never leaves the clinical zone; the biobank
only ever sees pseudonyms returned by the PSN for a given study domain.
"""
import logging
import os
import time

import requests

log = logging.getLogger("biobank.psn")


class PseudonymisationClient:
    def __init__(self, base_url: str | None = None, session: requests.Session | None = None):
        self.base_url = (base_url or os.environ["PSN_BASE_URL"]).rstrip("/")
        self.session = session or requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.time() < self._token_expiry - 30:
            return self._token
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": os.environ["PSN_CLIENT_ID"],
                "client_secret": os.environ["PSN_CLIENT_SECRET"],
            },
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.time() + body.get("expires_in", 300)
        return self._token

    def _post(self, path: str, payload: dict) -> dict:
        url = f"{self.base_url}{path}"
        headers = {"Authorization": f"Bearer {self._access_token()}"}
        log.debug("PSN request %s headers=%s payload_keys=%s", url, headers, list(payload))
        resp = self.session.post(url, json=payload, headers=headers, timeout=15)
        resp.raise_for_status()
        return resp.json()

    def pseudonym_for(self, domain: str, local_id: str) -> str:
        return self._post("/v1/pseudonyms", {"domain": domain, "local_id": local_id})["pseudonym"]

    def batch(self, domain: str, local_ids: list[str]) -> dict[str, str]:
        body = self._post("/v1/pseudonyms/batch", {"domain": domain, "local_ids": local_ids})
        return {item["local_id"]: item["pseudonym"] for item in body["items"]}
