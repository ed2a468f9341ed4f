"""Thin client for the state DMV permit-eligibility API."""
import logging
import os
import time

import requests

log = logging.getLogger(__name__)


class DmvEligibilityClient:
    def __init__(self, base_url: str | None = None):
        self.base_url = (base_url or os.environ["DMV_API_URL"]).rstrip("/")
        self.session = requests.Session()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _authenticate(self) -> None:
        resp = self.session.post(
            f"{self.base_url}/oauth/token",
            data={
                "grant_type": "client_credentials",
                "client_id": os.environ["DMV_CLIENT_ID"],
                "client_secret": os.environ["DMV_CLIENT_SECRET"],
            },
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        self._expires_at = time.time() + body.get("expires_in", 600)
        log.info("obtained DMV access token (expires in %ss, scope=%s)",
                 body.get("expires_in"), body.get("scope", "-"))

    def check_plate(self, plate: str, state: str) -> dict:
        if self._access_token is None or time.time() >= self._expires_at - 30:
            self._authenticate()
        resp = self.session.get(
            f"{self.base_url}/v1/registrations",
            params={"plate": plate, "state": state},
            headers={"Authorization": f"Bearer {self._access_token}"},
            timeout=15,
        )
        resp.raise_for_status()
        data = resp.json()
        log.debug("registration lookup for %s/%s returned status %s", state, plate, data.get("status"))
        return data
