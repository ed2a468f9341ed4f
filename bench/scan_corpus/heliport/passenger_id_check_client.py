"""Verify passenger identity documents with the screening provider before charter departure."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class ScreeningEndpoint:
    base_url: str
    credential_var: str = "ID_SCREENING_API_KEY"

    @classmethod
    def from_env(cls) -> "ScreeningEndpoint":
        return cls(base_url=os.environ["ID_SCREENING_URL"].rstrip("/"))

    def auth_headers(self) -> dict[str, str]:
        return {"Authorization": f"ApiKey {os.environ[self.credential_var]}"}


@dataclass
class PassengerDocument:
    manifest_id: str
    full_name: str
    nationality: str
    document_number: str
    expires: date


def _session(endpoint: ScreeningEndpoint) -> requests.Session:
    session = requests.Session()
    session.headers.update(endpoint.auth_headers())
    session.mount("https://", HTTPAdapter(max_retries=Retry(total=3, backoff_factor=0.5)))
    return session


def screen_passengers(docs: list[PassengerDocument], endpoint: ScreeningEndpoint | None = None) -> dict[str, Any]:
    endpoint = endpoint or ScreeningEndpoint.from_env()
    body = {
        "checks": [
            {
                "reference": f"{d.manifest_id}:{i}",
                "name": d.full_name,
                "nationality": d.nationality,
                "document": d.document_number,
                "expires": d.expires.isoformat(),
            }
            for i, d in enumerate(docs)
        ]
    }
    with _session(endpoint) as session:
        resp = session.post(f"{endpoint.base_url}/v1/screenings", json=body, timeout=20)
        resp.raise_for_status()
        results = resp.json()["results"]
    return {r["reference"]: r["status"] for r in results}


def cleared(results: dict[str, Any]) -> bool:
    return all(status == "clear" for status in results.values())
