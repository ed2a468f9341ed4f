"""Client for the referral hospital's avian vet portal.

Used to push casualty case summaries and fetch lab results for birds that
have been referred on for surgery or imaging.
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import requests
from requests.adapters import HTTPAdapter
from urllib3.util.retry import Retry


@dataclass(frozen=True)
class VetPortalSettings:
    base_url: str = "https://portal.avianreferrals.co.uk/api/v2"
    api_token: str = ""
    timeout: float = 15.0
    verify_tls: bool = False

    @classmethod
    def from_env(cls) -> "VetPortalSettings":
        return cls(
            base_url=os.environ.get("VET_PORTAL_URL", cls.base_url),
            api_token=os.environ["VET_PORTAL_TOKEN"],
        )


class VetPortalClient:
    def __init__(self, settings: VetPortalSettings) -> None:
        self._settings = settings
        self._session = requests.Session()
        self._session.headers.update({
            "Authorization": f"Bearer {settings.api_token}",
            "Accept": "application/json",
        })
        self._session.verify = settings.verify_tls
        retry = Retry(total=3, backoff_factor=0.5, status_forcelist=(502, 503, 504))
        self._session.mount("https://", HTTPAdapter(max_retries=retry))

    def _url(self, path: str) -> str:
        return f"{self._settings.base_url.rstrip('/')}/{path.lstrip('/')}"

    def submit_case(self, bird_id: int, species: str, summary: str,
                    weight_g: int) -> dict[str, Any]:
        resp = self._session.post(
            self._url("cases"),
            json={"external_ref": f"FALC-{bird_id}", "species": species,
                  "summary": summary, "weight_g": weight_g},
            timeout=self._settings.timeout,
        )
        resp.raise_for_status()
        return resp.json()

    def lab_results(self, case_id: str) -> list[dict[str, Any]]:
        resp = self._session.get(self._url(f"cases/{case_id}/lab-results"),
                                 timeout=self._settings.timeout)
        resp.raise_for_status()
        return resp.json().get("results", [])

    def close(self) -> None:
        self._session.close()
