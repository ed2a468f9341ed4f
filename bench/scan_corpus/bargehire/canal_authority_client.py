"""Client for the canal authority's licence and stoppage API.

Every hire boat must carry a valid cruising licence. Before a boat goes out
the handover checklist confirms the licence with the authority and pulls the
stoppage notices for the planned route. The authority's API uses certificates
issued by its own private CA.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class AuthoritySettings:
    base_url: str
    api_key: str
    ca_bundle: str = "/etc/bargehire/certs/canal-authority-ca.pem"
    timeout_s: float = 10.0

    @classmethod
    def from_env(cls) -> "AuthoritySettings":
        return cls(
            base_url=os.environ["CANAL_AUTHORITY_URL"],
            api_key=os.environ["CANAL_AUTHORITY_KEY"],
            ca_bundle=os.environ.get("CANAL_AUTHORITY_CA", cls.ca_bundle),
        )


class CanalAuthorityClient:
    def __init__(self, settings: AuthoritySettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers["X-Api-Key"] = settings.api_key
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _get(self, path: str, **params) -> dict:
        resp = self._session.get(
            f"{self._settings.base_url.rstrip('/')}{path}",
            params=params,
            timeout=self._settings.timeout_s,
        )
        resp.raise_for_status()
        return resp.json()

    def licence_valid(self, licence_number: str, on: date) -> bool:
        data = self._get(f"/licences/{licence_number}")
        return data.get("status") == "active" and date.fromisoformat(data["expires"]) >= on

    def stoppages(self, waterway_ids: list[str], start: date, end: date) -> list[dict]:
        data = self._get(
            "/stoppages",
            waterways=",".join(waterway_ids),
            from_=start.isoformat(),
            to=end.isoformat(),
        )
        return data.get("notices", [])
