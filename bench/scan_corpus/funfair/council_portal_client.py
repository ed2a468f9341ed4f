"""Client for the district council's licensing portal used to file event permit notices."""

from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from datetime import date

import httpx

log = logging.getLogger(__name__)


class PortalLoginError(RuntimeError):
    pass


@dataclass(frozen=True)
class PortalCredentials:
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "PortalCredentials":
        return cls(os.environ["COUNCIL_PORTAL_USER"], os.environ["COUNCIL_PORTAL_PASSWORD"])


@dataclass
class PermitNotice:
    site_address: str
    opens_on: date
    closes_on: date
    ride_count: int
    expected_attendance: int


class CouncilPortalClient:
    def __init__(self, base_url: str, credentials: PortalCredentials) -> None:
        self.base_url = base_url.rstrip("/")
        self.credentials = credentials
        self._client = httpx.Client(base_url=self.base_url, timeout=15.0)
        self._token: str | None = None

    def login(self) -> None:
        response = self._client.post(
            "/api/session",
            json={
                "username": self.credentials.username,
                "password": self.credentials.password,
            },
        )
        if response.status_code != 200:
            raise PortalLoginError(
                f"council portal rejected {self.credentials} (HTTP {response.status_code})"
            )
        self._token = response.json()["token"]
        log.info("logged in to council portal as %s", self.credentials.username)

    def _headers(self) -> dict[str, str]:
        if self._token is None:
            self.login()
        return {"Authorization": f"Bearer {self._token}"}

    def file_notice(self, notice: PermitNotice) -> str:
        response = self._client.post(
            "/api/event-notices",
            headers=self._headers(),
            json={
                "site_address": notice.site_address,
                "opens_on": notice.opens_on.isoformat(),
                "closes_on": notice.closes_on.isoformat(),
                "ride_count": notice.ride_count,
                "expected_attendance": notice.expected_attendance,
            },
        )
        response.raise_for_status()
        reference = response.json()["reference"]
        log.info("filed event notice %s for %s", reference, notice.site_address)
        return reference

    def close(self) -> None:
        self._client.close()
