"""Fetches blood and faecal egg count results from the veterinary lab.

The lab's results API uses certificates issued by its own private CA, so the
CA bundle is shipped with the deployment and passed to requests.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date
from typing import Any, Dict, List

import requests


@dataclass(frozen=True)
class LabSettings:
    base_url: str = field(default_factory=lambda: os.environ["VET_LAB_API_URL"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("VET_LAB_CA_BUNDLE", "/etc/yard/certs/vetlab-ca.pem")
    )
    timeout: float = 20.0


@dataclass
class LabResult:
    sample_id: str
    horse_name: str
    test: str
    value: str
    reported_on: date


class VetLabClient:
    def __init__(self, settings: LabSettings = LabSettings()) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.verify = settings.ca_bundle
        self._session.headers["Authorization"] = f"Token {os.environ['VET_LAB_API_TOKEN']}"

    def _get(self, path: str, **params: Any) -> Dict[str, Any]:
        url = f"{self._settings.base_url.rstrip('/')}{path}"
        response = self._session.get(url, params=params, timeout=self._settings.timeout)
        response.raise_for_status()
        return response.json()

    def results_since(self, practice_account: str, since: date) -> List[LabResult]:
        data = self._get(f"/accounts/{practice_account}/results", since=since.isoformat())
        return [
            LabResult(
                sample_id=r["sample_id"],
                horse_name=r["animal_name"],
                test=r["test_code"],
                value=r["result"],
                reported_on=date.fromisoformat(r["reported"]),
            )
            for r in data.get("results", [])
        ]


def worming_due(results: List[LabResult], threshold_epg: int = 200) -> List[str]:
    return [
        r.horse_name
        for r in results
        if r.test == "FEC" and r.value.isdigit() and int(r.value) >= threshold_epg
    ]
