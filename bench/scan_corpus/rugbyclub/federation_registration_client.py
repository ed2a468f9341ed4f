"""Pushes player registrations to the league federation API."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Any, Dict, Iterable, Mapping

import httpx

log = logging.getLogger("federation.registrations")

SENSITIVE_HEADERS = {"authorization", "x-api-key", "cookie"}


def redact_headers(headers: Mapping[str, str]) -> Dict[str, str]:
    return {k: ("<redacted>" if k.lower() in SENSITIVE_HEADERS else v) for k, v in headers.items()}


@dataclass(frozen=True)
class FederationSettings:
    base_url: str
    club_code: str
    api_token: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "FederationSettings":
        return cls(
            base_url=os.environ["FEDERATION_API_URL"].rstrip("/"),
            club_code=os.environ["FEDERATION_CLUB_CODE"],
            api_token=os.environ["FEDERATION_API_TOKEN"],
        )


class RegistrationClient:
    def __init__(self, settings: FederationSettings) -> None:
        self._settings = settings
        self._http = httpx.Client(
            base_url=settings.base_url,
            headers={"Authorization": f"Bearer {settings.api_token}",
                     "X-Club-Code": settings.club_code},
            timeout=15.0,
        )

    def _post(self, path: str, payload: Dict[str, Any]) -> Dict[str, Any]:
        log.debug("POST %s%s headers=%s", self._settings.base_url, path,
                  redact_headers(self._http.headers))
        resp = self._http.post(path, json=payload)
        log.info("federation %s -> %s", path, resp.status_code)
        resp.raise_for_status()
        return resp.json()

    def register(self, players: Iterable[Dict[str, Any]]) -> int:
        batch = [{"club_ref": p["id"], "name": p["name"], "dob": p["dob"].isoformat(),
                  "grade": p["grade"]} for p in players]
        if not batch:
            return 0
        result = self._post("/v2/registrations", {"players": batch})
        log.info("club %s: %d of %d registrations accepted", self._settings.club_code,
                 result["accepted"], len(batch))
        return result["accepted"]
