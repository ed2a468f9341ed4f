"""Submits general-play scores to the national handicap authority and fetches updated indexes."""
from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import date

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass
class AuthoritySettings:
    base_url: str = field(default_factory=lambda: os.environ["HANDICAP_AUTHORITY_URL"])
    club_id: str = field(default_factory=lambda: os.environ["HANDICAP_CLUB_ID"])
    api_key: str = field(default_factory=lambda: os.environ["HANDICAP_API_KEY"])
    ca_bundle: str = field(
        default_factory=lambda: os.environ.get("HANDICAP_CA_BUNDLE", "/etc/ssl/certs/ca-certificates.crt")
    )
    timeout_s: float = 20.0


class HandicapAuthorityClient:
    def __init__(self, settings: AuthoritySettings | None = None) -> None:
        self._settings = settings or AuthoritySettings()
        self._session = requests.Session()
        self._session.verify = self._settings.ca_bundle
        self._session.headers.update({"X-Api-Key": self._settings.api_key, "X-Club-Id": self._settings.club_id})
        retry = Retry(total=3, backoff_factor=1.5, status_forcelist=(502, 503, 504), allowed_methods=None)
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}{path}"

    def submit_score(self, member_no: str, played_on: date, course_rating: float, slope: int, gross: int) -> str:
        payload = {
            "member": member_no,
            "date": played_on.isoformat(),
            "course_rating": course_rating,
            "slope": slope,
            "adjusted_gross": gross,
        }
        resp = self._session.post(self._url("/scores"), json=payload, timeout=self._settings.timeout_s)
        resp.raise_for_status()
        return resp.json()["submission_id"]

    def current_index(self, member_no: str) -> float:
        resp = self._session.get(self._url(f"/players/{member_no}/index"), timeout=self._settings.timeout_s)
        resp.raise_for_status()
        return float(resp.json()["handicap_index"])
