"""Push weekly section census figures to the county reporting service."""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass
from datetime import date

import requests

log = logging.getLogger(__name__)


@dataclass
class SectionCount:
    section_id: str
    section_type: str  # beavers, cubs, scouts, explorers, network
    youth_members: int
    adult_volunteers: int


class CensusSync:
    """Thin client for the county census collector."""

    BASE_URL = "https://52.214.87.19:8443/census/v2"
    TIMEOUT = 15

    def __init__(self, api_token: str):
        self._session = requests.Session()
        self._session.headers.update({"Authorization": f"Bearer {api_token}"})

    def _endpoint(self, path: str) -> str:
        return f"{self.BASE_URL}/{path.lstrip('/')}"

    def push(self, district: str, counts: list[SectionCount], as_of: date) -> str:
        body = {
            "district": district,
            "as_of": as_of.isoformat(),
            "sections": [asdict(c) for c in counts],
        }
        resp = self._session.post(self._endpoint("submissions"), json=body, timeout=self.TIMEOUT)
        resp.raise_for_status()
        log.info("Census for %s accepted (%d sections)", district, len(counts))
        return resp.json()["submission_id"]

    def status(self, submission_id: str) -> str:
        resp = self._session.get(self._endpoint(f"submissions/{submission_id}"), timeout=self.TIMEOUT)
        resp.raise_for_status()
        return resp.json().get("state", "unknown")
