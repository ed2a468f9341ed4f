"""Client for the host network's subscriber data API, used for roaming and APN changes."""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass, field

import httpx

log = logging.getLogger("mvno.hostnet")


def mask_msisdn(msisdn: str) -> str:
    return "*" * max(len(msisdn) - 4, 0) + msisdn[-4:]


@dataclass
class HostNetworkSettings:
    base_url: str = field(default_factory=lambda: os.environ["HOSTNET_API_URL"])
    token_url: str = field(default_factory=lambda: os.environ["HOSTNET_TOKEN_URL"])
    client_id: str = field(default_factory=lambda: os.environ["HOSTNET_CLIENT_ID"])
    client_secret: str = field(default_factory=lambda: os.environ["HOSTNET_CLIENT_SECRET"])
    timeout: float = 10.0


class HostNetworkClient:
    def __init__(self, settings: HostNetworkSettings | None = None) -> None:
        self._s = settings or HostNetworkSettings()
        self._http = httpx.Client(timeout=self._s.timeout)
        self._token: str | None = None
        self._expires_at = 0.0

    def _access_token(self) -> str:
        if self._token and time.monotonic() < self._expires_at - 30:
            return self._token
        resp = self._http.post(
            self._s.token_url,
            data={"grant_type": "client_credentials"},
            auth=(self._s.client_id, self._s.client_secret),
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + int(body.get("expires_in", 300))
        log.info("host network token refreshed for client %s, expires in %ss",
                 self._s.client_id, body.get("expires_in"))
        return self._token

    def set_roaming(self, msisdn: str, enabled: bool) -> None:
        resp = self._http.patch(
            f"{self._s.base_url}/subscribers/{msisdn}/roaming",
            json={"enabled": enabled},
            headers={"Authorization": f"Bearer {self._access_token()}"},
        )
        resp.raise_for_status()
        log.info("roaming %s for %s", "enabled" if enabled else "disabled", mask_msisdn(msisdn))
