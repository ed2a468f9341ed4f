"""Client for the national customs gateway: files ENS/ICS2 declarations on behalf of carriers."""
import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class CustomsGatewayClient:
    def __init__(self, base_url: str, token_url: str, session: requests.Session | None = None):
        self.base_url = base_url.rstrip("/")
        self.token_url = token_url
        self.session = session or requests.Session()
        self._token: str | None = None
        self._token_expiry = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._token_expiry - 60:
            return self._token
        resp = self.session.post(
            self.token_url,
            data={"grant_type": "client_credentials", "scope": "ens.submit"},
            auth=(os.environ["CUSTOMS_CLIENT_ID"], os.environ["CUSTOMS_CLIENT_SECRET"]),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._token_expiry = time.monotonic() + int(body.get("expires_in", 300))
        log.debug("customs gateway token refreshed: %s (expires in %ss)", self._token, body.get("expires_in"))
        return self._token

    def submit_declaration(self, declaration: dict) -> str:
        resp = self.session.post(
            f"{self.base_url}/ens/declarations",
            json=declaration,
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=30,
        )
        resp.raise_for_status()
        lrn = resp.json()["lrn"]
        log.info("declaration submitted for voyage %s, LRN %s", declaration.get("voyage"), lrn)
        return lrn

    def status(self, lrn: str) -> dict:
        resp = self.session.get(
            f"{self.base_url}/ens/declarations/{lrn}",
            headers={"Authorization": f"Bearer {self._access_token()}"},
            timeout=15,
        )
        resp.raise_for_status()
        return resp.json()
