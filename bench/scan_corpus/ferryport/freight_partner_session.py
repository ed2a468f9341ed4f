"""Authenticated session factory for the freight partner (haulier) booking API."""

from __future__ import annotations

import os
from dataclasses import dataclass

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class PartnerApiConfig:
    base_url: str
    token: str
    ca_bundle: str | bool = True

    @classmethod
    def load(cls) -> "PartnerApiConfig":
        return cls(
            base_url=os.environ["FREIGHT_PARTNER_API_URL"].rstrip("/"),
            token=os.environ["FREIGHT_PARTNER_API_TOKEN"],
            ca_bundle=os.environ.get("FREIGHT_PARTNER_CA_BUNDLE", True),
        )


class BearerAuth(requests.auth.AuthBase):
    def __init__(self, token: str) -> None:
        self._token = token

    def __call__(self, r: requests.PreparedRequest) -> requests.PreparedRequest:
        r.headers["Authorization"] = f"Bearer {self._token}"
        return r


def partner_session(config: PartnerApiConfig | None = None) -> requests.Session:
    config = config or PartnerApiConfig.load()
    session = requests.Session()
    session.auth = BearerAuth(config.token)
    session.verify = config.ca_bundle
    retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504),
                  allowed_methods=frozenset({"GET"}))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


def unit_status(trailer_reg: str, config: PartnerApiConfig | None = None) -> dict:
    config = config or PartnerApiConfig.load()
    with partner_session(config) as session:
        resp = session.get(f"{config.base_url}/v2/units/{trailer_reg}", timeout=15)
        resp.raise_for_status()
        return resp.json()


def pending_arrivals(route: str, config: PartnerApiConfig | None = None) -> list[dict]:
    config = config or PartnerApiConfig.load()
    with partner_session(config) as session:
        resp = session.get(f"{config.base_url}/v2/arrivals", params={"route": route}, timeout=15)
        resp.raise_for_status()
        return resp.json()["units"]
