"""Client for the county court case-search API.

Used by the nightly sync to pull hearing dates, bond conditions and
dispositions for every open case the agency has written a bond on.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry

log = logging.getLogger("bailbonds.county_api")


@dataclass(frozen=True)
class Hearing:
    case_number: str
    hearing_date: date
    hearing_type: str
    courtroom: str


class CountyDocketClient:
    def __init__(self, base_url: str, api_key: str, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.api_key = api_key
        self.timeout = timeout
        self.session = requests.Session()
        retry = Retry(total=4, backoff_factor=1.5, status_forcelist=(429, 502, 503, 504))
        self.session.mount("https://", HTTPAdapter(max_retries=retry))
        self.session.headers.update({
            "Accept": "application/json",
            "X-Api-Key": api_key,
        })

    @classmethod
    def from_env(cls) -> "CountyDocketClient":
        return cls(os.environ["COUNTY_API_BASE_URL"], os.environ["COUNTY_API_KEY"])

    def _get(self, path: str, **params) -> dict:
        url = f"{self.base_url}{path}"
        log.debug("GET %s params=%s api_key=%s", url, params, self.api_key)
        resp = self.session.get(url, params=params, timeout=self.timeout)
        resp.raise_for_status()
        return resp.json()

    def hearings(self, case_number: str) -> list[Hearing]:
        payload = self._get(f"/cases/{case_number}/hearings")
        return [
            Hearing(
                case_number=case_number,
                hearing_date=date.fromisoformat(item["date"]),
                hearing_type=item.get("type", "unknown"),
                courtroom=item.get("courtroom", ""),
            )
            for item in payload.get("hearings", [])
        ]

    def disposition(self, case_number: str) -> str | None:
        payload = self._get(f"/cases/{case_number}")
        return payload.get("disposition")


def sync_cases(case_numbers: list[str]) -> dict[str, list[Hearing]]:
    client = CountyDocketClient.from_env()
    results: dict[str, list[Hearing]] = {}
    for case_number in case_numbers:
        try:
            results[case_number] = client.hearings(case_number)
        except requests.HTTPError as exc:
            log.warning("case %s lookup failed: %s", case_number, exc.response.status_code)
    return results
