"""Signs the club's results secretary in to the federation portal.

The federation's older portal still uses username/password sign-in and
returns a short-lived session token for the masterpoint pages.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from typing import Optional

import requests

log = logging.getLogger("bridgeclub.federation.portal")


@dataclass
class PortalCredentials:
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "PortalCredentials":
        return cls(os.environ["FEDERATION_PORTAL_USER"], os.environ["FEDERATION_PORTAL_PASSWORD"])


class PortalLoginError(RuntimeError):
    pass


class FederationPortal:
    def __init__(self, base_url: str, credentials: PortalCredentials, timeout: float = 20.0):
        self._base_url = base_url.rstrip("/")
        self._credentials = credentials
        self._timeout = timeout
        self._http = requests.Session()
        self._token: Optional[str] = None

    def login(self) -> None:
        log.info("signing in to federation portal as %s", self._credentials.username)
        resp = self._http.post(
            f"{self._base_url}/api/login",
            json={"username": self._credentials.username, "password": self._credentials.password},
            timeout=self._timeout,
        )
        if resp.status_code in (401, 403):
            raise PortalLoginError(
                f"federation portal refused sign-in for {self._credentials.username}"
            )
        resp.raise_for_status()
        self._token = resp.json()["token"]
        log.info("federation portal session opened for %s", self._credentials.username)

    def _get(self, path: str, _retried: bool = False, **params) -> dict:
        if self._token is None:
            self.login()
        resp = self._http.get(
            f"{self._base_url}{path}",
            params=params,
            headers={"Authorization": f"Bearer {self._token}"},
            timeout=self._timeout,
        )
        if resp.status_code == 401 and not _retried:
            log.info("portal session expired, signing in again")
            self._token = None
            return self._get(path, _retried=True, **params)
        resp.raise_for_status()
        return resp.json()

    def masterpoint_statement(self, federation_number: str) -> dict:
        return self._get("/api/masterpoints", member=federation_number)

    def pending_awards(self, club_code: str) -> list:
        return self._get("/api/awards/pending", club=club_code)["awards"]
