"""Authenticated session against the county e-filing system.

Bonds are filed electronically with the clerk. The e-filing system issues a
short-lived access token in exchange for the agency's filer credentials.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import requests

log = logging.getLogger("bailbonds.efiling")


@dataclass
class FilerCredentials:
    username: str
    password: str

    def __repr__(self) -> str:
        return f"FilerCredentials(username={self.username!r}, password='***')"


class EfilingSession:
    def __init__(self, base_url: str, creds: FilerCredentials):
        self.base_url = base_url.rstrip("/")
        self._creds = creds
        self._token: str | None = None
        self._expires_at = 0.0
        self._http = requests.Session()

    @classmethod
    def from_env(cls) -> "EfilingSession":
        creds = FilerCredentials(os.environ["EFILE_USERNAME"], os.environ["EFILE_PASSWORD"])
        return cls(os.environ["EFILE_BASE_URL"], creds)

    def _login(self) -> None:
        resp = self._http.post(
            f"{self.base_url}/auth/token",
            data={"grant_type": "password", "username": self._creds.username,
                  "password": self._creds.password},
            timeout=20,
        )
        if resp.status_code != 200:
            log.error("e-filing login failed for filer %s: HTTP %s", self._creds.username, resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._token = body["access_token"]
        self._expires_at = time.monotonic() + body.get("expires_in", 900) - 30
        log.info("e-filing session opened for filer %s, valid %ss",
                 self._creds.username, body.get("expires_in", 900))

    def _headers(self) -> dict[str, str]:
        if self._token is None or time.monotonic() >= self._expires_at:
            self._login()
        return {"Authorization": f"Bearer {self._token}"}

    def file_bond(self, case_number: str, pdf_bytes: bytes, power_number: str) -> str:
        resp = self._http.post(
            f"{self.base_url}/cases/{case_number}/filings",
            headers=self._headers(),
            files={"document": (f"bond_{power_number}.pdf", pdf_bytes, "application/pdf")},
            data={"filing_type": "SURETY_BOND", "power_number": power_number},
            timeout=60,
        )
        resp.raise_for_status()
        envelope = resp.json()["envelope_id"]
        log.info("filed bond %s on case %s, envelope %s", power_number, case_number, envelope)
        return envelope
