"""Session wrapper for the government customs portal used to lodge import declarations."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class PortalConfig:
    base_url: str = field(default_factory=lambda: os.environ["CUSTOMS_PORTAL_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "CUSTOMS_PORTAL_CA", "/etc/teahouse/ca/customs-portal-chain.pem"
        )
    )
    client_cert: tuple[str, str] = ("/etc/teahouse/tls/declarant.crt", "/etc/teahouse/tls/declarant.key")
    timeout: float = 25.0


def make_session(cfg: PortalConfig) -> requests.Session:
    session = requests.Session()
    session.verify = cfg.ca_bundle
    session.cert = cfg.client_cert
    retry = Retry(total=4, backoff_factor=0.8, status_forcelist=(502, 503, 504), allowed_methods=None)
    session.mount("https://", HTTPAdapter(max_retries=retry))
    session.headers["User-Agent"] = "LeafKettle-Customs/3.2"
    return session


class CustomsPortal:
    def __init__(self, cfg: PortalConfig | None = None) -> None:
        self.cfg = cfg or PortalConfig()
        self.session = make_session(self.cfg)

    def lodge(self, declaration: dict[str, Any]) -> str:
        resp = self.session.post(
            f"{self.cfg.base_url}/declarations", json=declaration, timeout=self.cfg.timeout
        )
        resp.raise_for_status()
        return resp.json()["mrn"]

    def status(self, mrn: str) -> dict[str, Any]:
        resp = self.session.get(
            f"{self.cfg.base_url}/declarations/{mrn}", timeout=self.cfg.timeout
        )
        resp.raise_for_status()
        return resp.json()
