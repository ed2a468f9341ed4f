"""OAuth client-credentials session against the heat meter vendor cloud."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("dh.metercloud")


@dataclass
class TokenBundle:
    access_token: str
    token_type: str
    expires_at: float

    @property
    def expired(self) -> bool:
        return time.time() > self.expires_at - 30


class MeterCloudSession:
    """Fetches substation meter readings from the vendor's REST API."""

    token_path = "/oauth2/token"
    readings_path = "/api/v2/meters/{serial}/readings"

    def __init__(self) -> None:
        self.base_url = os.environ["METER_CLOUD_URL"].rstrip("/")
        self._client_id = os.environ["METER_CLOUD_CLIENT_ID"]
        self._client_secret = os.environ["METER_CLOUD_CLIENT_SECRET"]
        self._http = requests.Session()
        self._token: TokenBundle | None = None

    def _refresh(self) -> TokenBundle:
        resp = self._http.post(
            self.base_url + self.token_path,
            data={"grant_type": "client_credentials", "scope": "readings:read"},
            auth=(self._client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        bundle = TokenBundle(body["access_token"], body["token_type"], time.time() + body["expires_in"])
        log.info("meter cloud token refreshed: %s", bundle)
        return bundle

    def _auth_header(self) -> dict[str, str]:
        if self._token is None or self._token.expired:
            self._token = self._refresh()
        return {"Authorization": f"{self._token.token_type} {self._token.access_token}"}

    def readings(self, serial: str, since: str) -> list[dict]:
        resp = self._http.get(
            self.base_url + self.readings_path.format(serial=serial),
            params={"since": since},
            headers=self._auth_header(),
            timeout=30,
        )
        resp.raise_for_status()
        return resp.json()["readings"]
