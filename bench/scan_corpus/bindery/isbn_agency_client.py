"""Client for the ISBN agency's allocation API used when a title is registered."""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class AgencyClientSettings:
    base_url: str = field(default_factory=lambda: os.environ["ISBN_AGENCY_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "ISBN_AGENCY_CA_BUNDLE", "/etc/bindery/certs/agency-chain.pem"
        )
    )
    client_cert: tuple[str, str] = ("/etc/bindery/certs/client.crt", "/etc/bindery/certs/client.key")
    timeout: float = 15.0


class IsbnAgencyClient:
    def __init__(self, settings: AgencyClientSettings | None = None) -> None:
        self.settings = settings or AgencyClientSettings()
        self.session = requests.Session()
        self.session.verify = self.settings.ca_bundle
        self.session.cert = self.settings.client_cert
        retries = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retries))

    def _url(self, path: str) -> str:
        return f"{self.settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def allocate(self, publisher_prefix: str, count: int = 1) -> list[str]:
        resp = self.session.post(
            self._url("/allocations"),
            json={"prefix": publisher_prefix, "count": count},
            timeout=self.settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()["isbns"]

    def register_title(self, isbn: str, metadata: dict) -> None:
        resp = self.session.put(
            self._url(f"/titles/{isbn}"), json=metadata, timeout=self.settings.timeout
        )
        resp.raise_for_status()

    def lookup(self, isbn: str) -> dict | None:
        resp = self.session.get(self._url(f"/titles/{isbn}"), timeout=self.settings.timeout)
        if resp.status_code == 404:
            return None
        resp.raise_for_status()
        return resp.json()
