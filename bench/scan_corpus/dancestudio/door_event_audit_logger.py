"""Pulls door access events from studio controllers and writes them to the audit log."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import datetime, timezone
from typing import Dict, Iterator, List

import requests

audit = logging.getLogger("studio.door.audit")


@dataclass
class ControllerCredentials:
    studio_code: str
    base_url: str
    username: str
    api_token: str

    @classmethod
    def from_env(cls, studio_code: str) -> "ControllerCredentials":
        prefix = f"DOOR_{studio_code.upper()}_"
        return cls(
            studio_code=studio_code,
            base_url=os.environ[prefix + "URL"],
            username=os.environ[prefix + "USER"],
            api_token=os.environ[prefix + "TOKEN"],
        )


class DoorEventCollector:
    def __init__(self, creds: ControllerCredentials) -> None:
        self.creds = creds
        self._http = requests.Session()
        self._http.headers.update({"X-Api-User": creds.username, "X-Api-Token": creds.api_token})

    def _session_summary(self) -> Dict[str, str]:
        return {
            "studio": self.creds.studio_code,
            "controller": self.creds.base_url,
            "user": self.creds.username,
            "token": self.creds.api_token,
        }

    def _fetch(self, since: datetime) -> List[dict]:
        audit.info("polling door controller %s", self._session_summary())
        resp = self._http.get(
            f"{self.creds.base_url}/api/events", params={"since": since.isoformat()}, timeout=15
        )
        resp.raise_for_status()
        return resp.json().get("events", [])

    def events(self, since: datetime) -> Iterator[dict]:
        for event in self._fetch(since):
            yield {
                "studio": self.creds.studio_code,
                "door": event.get("door_id"),
                "badge": event.get("badge_id"),
                "result": event.get("result"),
                "at": event.get("timestamp"),
            }


def record_since(studio_codes: List[str], since: datetime) -> int:
    count = 0
    for code in studio_codes:
        collector = DoorEventCollector(ControllerCredentials.from_env(code))
        for event in collector.events(since):
            audit.info("door event %s", event)
            count += 1
    audit.info("collected %d door events at %s", count, datetime.now(timezone.utc).isoformat())
    return count
