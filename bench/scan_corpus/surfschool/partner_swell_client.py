"""Client for the regional surf-lifesaving partner's private swell and hazard API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any, Dict, List, Optional

import requests


@dataclass
class PartnerApiConfig:
    base_url: str
    ca_bundle: str
    client_cert: str
    client_key: str

    @classmethod
    def from_env(cls) -> "PartnerApiConfig":
        return cls(
            base_url=os.environ.get("SLS_API_URL", "https://api.internal.slsnetwork.org.au"),
            ca_bundle=os.environ.get("SLS_CA_BUNDLE", "/etc/saltline/pki/sls-root-ca.pem"),
            client_cert=os.environ["SLS_CLIENT_CERT"],
            client_key=os.environ["SLS_CLIENT_KEY"],
        )


class PartnerSwellClient:
    def __init__(self, config: Optional[PartnerApiConfig] = None) -> None:
        self.config = config or PartnerApiConfig.from_env()
        self.session = requests.Session()
        self.session.verify = self.config.ca_bundle
        self.session.cert = (self.config.client_cert, self.config.client_key)

    def hazards(self, beach_code: str) -> List[Dict[str, Any]]:
        resp = self.session.get(
            f"{self.config.base_url}/v1/beaches/{beach_code}/hazards", timeout=10
        )
        resp.raise_for_status()
        return resp.json().get("hazards", [])

    def lifeguard_on_duty(self, beach_code: str) -> bool:
        resp = self.session.get(
            f"{self.config.base_url}/v1/beaches/{beach_code}/patrol", timeout=10
        )
        resp.raise_for_status()
        return bool(resp.json().get("patrolled"))


def lesson_allowed(beach_code: str, client: Optional[PartnerSwellClient] = None) -> bool:
    client = client or PartnerSwellClient()
    severe = [h for h in client.hazards(beach_code) if h.get("severity") in {"high", "extreme"}]
    return not severe and client.lifeguard_on_duty(beach_code)
