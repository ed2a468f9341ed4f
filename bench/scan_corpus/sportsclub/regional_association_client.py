"""Thin client for the regional association's fixtures and referee appointment API."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class AssociationConfig:
    base_url: str
    token: str
    ca_bundle: str | None = None
    timeout: float = 15.0

    @classmethod
    def from_env(cls) -> "AssociationConfig":
        return cls(
            base_url=os.environ["ASSOCIATION_API_URL"].rstrip("/"),
            token=os.environ["ASSOCIATION_API_TOKEN"],
            # the association signs its certificates with a private CA; the bundle ships with the deploy
            ca_bundle=os.environ.get("ASSOCIATION_CA_BUNDLE"),
        )


class AssociationClient:
    def __init__(self, config: AssociationConfig) -> None:
        self._config = config
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {config.token}"})
        if config.ca_bundle:
            self._session.verify = config.ca_bundle
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params: Any) -> Any:
        resp = self._session.get(
            f"{self._config.base_url}{path}", params=params, timeout=self._config.timeout
        )
        resp.raise_for_status()
        return resp.json()

    def appointments(self, referee_id: int) -> list[dict]:
        return self._get(f"/referees/{int(referee_id)}/appointments")["items"]

    def fixtures(self, competition: str, season: str) -> list[dict]:
        return self._get("/fixtures", competition=competition, season=season)["items"]

    def close(self) -> None:
        self._session.close()

    def __enter__(self) -> "AssociationClient":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
