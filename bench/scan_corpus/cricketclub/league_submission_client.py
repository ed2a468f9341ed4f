"""Submits the club's weekend results to the county league portal."""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field

import requests

log = logging.getLogger("league_submission")


@dataclass(frozen=True)
class PortalLogin:
    base_url: str
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "PortalLogin":
        return cls(
            base_url=os.environ.get("LEAGUE_PORTAL_URL", "https://portal.countyleague.example"),
            username=os.environ["LEAGUE_PORTAL_USER"],
            password=os.environ["LEAGUE_PORTAL_PASSWORD"],
        )


class SubmissionError(RuntimeError):
    pass


class LeagueSubmissionClient:
    def __init__(self, login: PortalLogin) -> None:
        self.login = login
        self.http = requests.Session()
        self._token: str | None = None

    def authenticate(self) -> None:
        log.info("Signing in to league portal as %s", self.login.username)
        resp = self.http.post(
            f"{self.login.base_url}/api/auth/token",
            json={"username": self.login.username, "password": self.login.password},
            timeout=20,
        )
        if resp.status_code == 401:
            raise SubmissionError(f"league portal refused login for {self.login!r}")
        resp.raise_for_status()
        self._token = resp.json()["access_token"]
        self.http.headers["Authorization"] = f"Bearer {self._token}"

    def submit(self, fixture_id: int, result: dict) -> str:
        if self._token is None:
            self.authenticate()
        resp = self.http.post(
            f"{self.login.base_url}/api/fixtures/{fixture_id}/result",
            json=result,
            timeout=20,
        )
        if resp.status_code == 409:
            log.warning("Fixture %s already has a result on the portal", fixture_id)
            return "duplicate"
        resp.raise_for_status()
        reference = resp.json()["submission_ref"]
        log.info("Submitted fixture %s as %s (ref %s)", fixture_id, self.login.username, reference)
        return reference


def submit_weekend(results: dict[int, dict]) -> dict[int, str]:
    client = LeagueSubmissionClient(PortalLogin.from_env())
    return {fixture_id: client.submit(fixture_id, result) for fixture_id, result in results.items()}
