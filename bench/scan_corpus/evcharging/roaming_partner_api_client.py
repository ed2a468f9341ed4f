"""Client for pulling locations and tariffs from a roaming partner (OCPI 2.2.1, CPO role)."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Iterator

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class PartnerEndpoint:
    party: str
    locations_url: str
    tariffs_url: str


def _credential_for(party: str) -> str:
    return os.environ[f"OCPI_TOKEN_C_{party.upper()}"]


def _session(party: str) -> requests.Session:
    session = requests.Session()
    session.headers.update({
        "Authorization": f"Token {_credential_for(party)}",
        "Accept": "application/json",
    })
    retry = Retry(total=4, backoff_factor=0.5, status_forcelist=(502, 503, 504))
    session.mount("https://", HTTPAdapter(max_retries=retry))
    return session


class PartnerClient:
    page_size = 100

    def __init__(self, endpoint: PartnerEndpoint) -> None:
        self.endpoint = endpoint
        self.session = _session(endpoint.party)

    def _paginate(self, url: str) -> Iterator[dict]:
        params: dict | None = {"limit": self.page_size}
        while url:
            resp = self.session.get(url, params=params, timeout=30)
            resp.raise_for_status()
            yield from resp.json().get("data", [])
            url = resp.links.get("next", {}).get("url", "")
            params = None

    def locations(self) -> Iterator[dict]:
        return self._paginate(self.endpoint.locations_url)

    def tariffs(self) -> Iterator[dict]:
        return self._paginate(self.endpoint.tariffs_url)
