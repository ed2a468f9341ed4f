"""Client for the league's central ticketing clearing house.

Away allocations and visiting supporter lists are exchanged through the
clearing house API, which is served behind the league's private CA.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class ClearingHouseConfig:
    base_url: str
    client_cert: tuple[str, str]
    ca_bundle: str
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "ClearingHouseConfig":
        return cls(
            base_url=os.environ["CLEARING_HOUSE_URL"].rstrip("/"),
            client_cert=(os.environ["CLEARING_HOUSE_CERT"], os.environ["CLEARING_HOUSE_KEY"]),
            ca_bundle=os.environ.get("CLEARING_HOUSE_CA", "/etc/ssl/league/ca-chain.pem"),
        )


class ClearingHouseClient:
    def __init__(self, config: ClearingHouseConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.cert = config.client_cert
        self._session.verify = config.ca_bundle
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params: Any) -> Any:
        response = self._session.get(f"{self._config.base_url}{path}", params=params, timeout=self._config.timeout)
        response.raise_for_status()
        return response.json()

    def away_allocation(self, fixture_id: str) -> dict[str, Any]:
        return self._get(f"/fixtures/{fixture_id}/away-allocation")

    def visiting_supporters(self, fixture_id: str, page: int = 1) -> list[dict[str, Any]]:
        return self._get(f"/fixtures/{fixture_id}/supporters", page=page)["items"]
