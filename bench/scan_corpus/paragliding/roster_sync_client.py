"""Push the published instructor roster to the federation's instructor registry."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date
from typing import Iterable, List
from urllib.parse import urljoin

import requests

log = logging.getLogger("roster.sync")


@dataclass(frozen=True)
class RegistrySettings:
    base_url: str = field(default_factory=lambda: os.environ["FEDERATION_REGISTRY_URL"])
    school_id: str = field(default_factory=lambda: os.environ["FEDERATION_SCHOOL_ID"])
    api_token: str = field(default_factory=lambda: os.environ["FEDERATION_API_TOKEN"])
    timeout_s: float = 20.0


@dataclass
class RosterEntry:
    instructor_licence: str
    day: date
    role: str


class RegistryClient:
    def __init__(self, settings: RegistrySettings | None = None) -> None:
        self.settings = settings or RegistrySettings()
        self.http = requests.Session()
        self.http.headers.update(
            {
                "Authorization": f"Token {self.settings.api_token}",
                "User-Agent": "pgschool-roster-sync/2.3",
            }
        )

    def _url(self, path: str) -> str:
        return urljoin(self.settings.base_url.rstrip("/") + "/", path.lstrip("/"))

    def push_week(self, entries: Iterable[RosterEntry]) -> int:
        payload: List[dict] = [
            {"licence": e.instructor_licence, "date": e.day.isoformat(), "role": e.role}
            for e in entries
        ]
        resp = self.http.put(
            self._url(f"schools/{self.settings.school_id}/roster"),
            json={"entries": payload},
            timeout=self.settings.timeout_s,
        )
        resp.raise_for_status()
        accepted = int(resp.json().get("accepted", 0))
        log.info("registry accepted %d of %d roster entries", accepted, len(payload))
        return accepted

    def licence_valid(self, licence_no: str) -> bool:
        resp = self.http.get(
            self._url(f"instructors/{licence_no}"), timeout=self.settings.timeout_s
        )
        if resp.status_code == 404:
            return False
        resp.raise_for_status()
        return resp.json().get("status") == "active"
