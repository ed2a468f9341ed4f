"""Client for the county association's venue directory.

The directory runs on the association's own server with a certificate from
their private CA, so we pin that CA bundle instead of the system store.
"""
from __future__ import annotations

import os
from dataclasses import dataclass, field

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class DirectorySettings:
    base_url: str = field(default_factory=lambda: os.environ["VENUE_DIRECTORY_URL"])
    api_token: str = field(default_factory=lambda: os.environ["VENUE_DIRECTORY_TOKEN"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get(
            "VENUE_DIRECTORY_CA", "/etc/dartsleague/certs/county-association-ca.pem"
        )
    )
    timeout: float = 10.0


@dataclass
class Venue:
    code: str
    name: str
    postcode: str
    boards: int


class VenueDirectoryClient:
    def __init__(self, settings: DirectorySettings | None = None) -> None:
        self._settings = settings or DirectorySettings()
        self._session = requests.Session()
        self._session.verify = self._settings.ca_bundle
        self._session.headers["Authorization"] = f"Token {self._settings.api_token}"
        retries = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retries))

    def _get(self, path: str, **params) -> dict:
        url = f"{self._settings.base_url.rstrip('/')}{path}"
        resp = self._session.get(url, params=params, timeout=self._settings.timeout)
        resp.raise_for_status()
        return resp.json()

    def venues_in_area(self, area: str) -> list[Venue]:
        data = self._get("/venues", area=area, active=1)
        return [
            Venue(code=v["code"], name=v["name"], postcode=v["postcode"], boards=int(v["boards"]))
            for v in data["venues"]
        ]

    def venue(self, code: str) -> Venue:
        v = self._get(f"/venues/{code}")
        return Venue(code=v["code"], name=v["name"], postcode=v["postcode"], boards=int(v["boards"]))
