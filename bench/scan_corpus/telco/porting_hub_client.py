"""Client for the central porting hub, which is reached over mutual TLS.

The hub's server certificate is issued by the industry CA, so we pin
verification to that CA bundle rather than the public trust store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class HubSettings:
    base_url: str = field(default_factory=lambda: os.environ["PORTING_HUB_URL"])
    ca_bundle: str = field(default_factory=lambda: os.environ["PORTING_HUB_CA_BUNDLE"])
    client_cert: str = field(default_factory=lambda: os.environ["PORTING_HUB_CLIENT_CERT"])
    client_key: str = field(default_factory=lambda: os.environ["PORTING_HUB_CLIENT_KEY"])
    timeout: float = 20.0


class PortingHubClient:
    def __init__(self, settings: HubSettings | None = None) -> None:
        self._settings = settings or HubSettings()
        self._session = requests.Session()
        self._session.verify = self._settings.ca_bundle
        self._session.cert = (self._settings.client_cert, self._settings.client_key)
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def pending_port_outs(self) -> list[dict]:
        resp = self._session.get(self._url("/port-outs?state=PENDING"), timeout=self._settings.timeout)
        resp.raise_for_status()
        return resp.json()["items"]

    def accept_port_out(self, request_id: str) -> None:
        resp = self._session.post(
            self._url(f"/port-outs/{request_id}/accept"), timeout=self._settings.timeout
        )
        resp.raise_for_status()

    def reject_port_out(self, request_id: str, reason_code: str) -> None:
        resp = self._session.post(
            self._url(f"/port-outs/{request_id}/reject"),
            json={"reasonCode": reason_code},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
