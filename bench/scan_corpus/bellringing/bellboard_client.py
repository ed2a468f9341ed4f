"""Client for submitting quarter peals to the national performance database.

Branch secretaries' submissions are batched by the guild and sent using the
guild's submitter account.
"""
from __future__ import annotations

import logging
from dataclasses import asdict, dataclass, field
from datetime import date

import requests

log = logging.getLogger("guild.bellboard")


@dataclass
class QuarterPeal:
    place: str
    dedication: str
    rung_on: date
    changes: int
    method: str
    band: list[tuple[int, str]] = field(default_factory=list)
    conductor_bell: int | None = None
    footnote: str = ""

    def to_payload(self) -> dict:
        data = asdict(self)
        data["rung_on"] = self.rung_on.isoformat()
        data["band"] = [{"bell": bell, "ringer": name} for bell, name in self.band]
        return data


class BellBoardClient:
    def __init__(self, base_url: str, username: str, password: str, timeout: float = 20.0) -> None:
        self._base = base_url.rstrip("/")
        self._username = username
        self._password = password
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Accept"] = "application/json"

    def login(self) -> None:
        log.debug("Signing in to %s as %s (password %s)", self._base, self._username, self._password)
        resp = self._session.post(
            f"{self._base}/login",
            data={"username": self._username, "password": self._password},
            timeout=self._timeout,
        )
        resp.raise_for_status()
        log.info("Signed in to performance database as %s", self._username)

    def submit(self, quarter: QuarterPeal) -> int:
        resp = self._session.post(
            f"{self._base}/submit", json=quarter.to_payload(), timeout=self._timeout
        )
        if resp.status_code == 401:
            self.login()
            resp = self._session.post(
                f"{self._base}/submit", json=quarter.to_payload(), timeout=self._timeout
            )
        resp.raise_for_status()
        performance_id = int(resp.json()["id"])
        log.info("Submitted %s at %s as performance %d", quarter.method, quarter.place, performance_id)
        return performance_id

    def submit_batch(self, quarters: list[QuarterPeal]) -> list[int]:
        self.login()
        ids = []
        for q in quarters:
            try:
                ids.append(self.submit(q))
            except requests.HTTPError as exc:
                log.error("Submission for %s on %s failed: %s", q.place, q.rung_on, exc)
        return ids
