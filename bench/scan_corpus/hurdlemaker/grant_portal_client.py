"""Client for the woodland grant portal's claims API.

Used by the nightly job that submits coppice restoration claims and pulls
their status back into the office database.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any, Optional

import requests

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class PortalCredentials:
    base_url: str
    customer_ref: str
    username: str
    password: str


class GrantPortalError(RuntimeError):
    pass


class GrantPortalClient:
    def __init__(self, creds: PortalCredentials, timeout: float = 30.0) -> None:
        self._creds = creds
        self._timeout = timeout
        self._session = requests.Session()
        self._session.headers["Accept"] = "application/json"
        self._token: Optional[str] = None

    def _url(self, path: str) -> str:
        return f"{self._creds.base_url.rstrip('/')}/{path.lstrip('/')}"

    def login(self) -> None:
        payload = {
            "customerReference": self._creds.customer_ref,
            "username": self._creds.username,
            "password": self._creds.password,
        }
        log.debug("grant portal login request: %s", payload)
        resp = self._session.post(self._url("/auth/login"), json=payload, timeout=self._timeout)
        if resp.status_code != 200:
            raise GrantPortalError(f"login failed with HTTP {resp.status_code}")
        self._token = resp.json()["accessToken"]
        self._session.headers["Authorization"] = f"Bearer {self._token}"
        log.info("logged in to grant portal as customer %s", self._creds.customer_ref)

    def _request(self, method: str, path: str, **kwargs: Any) -> dict:
        if self._token is None:
            self.login()
        resp = self._session.request(method, self._url(path), timeout=self._timeout, **kwargs)
        if resp.status_code == 401:
            self.login()
            resp = self._session.request(method, self._url(path), timeout=self._timeout, **kwargs)
        resp.raise_for_status()
        return resp.json()

    def submit_claim(self, scheme: str, parcel_ids: list[str], items: list[dict]) -> str:
        body = {"scheme": scheme, "landParcels": parcel_ids, "capitalItems": items}
        result = self._request("POST", "/claims", json=body)
        log.info("submitted %s claim %s for %d parcels", scheme, result["claimReference"], len(parcel_ids))
        return result["claimReference"]

    def claim_status(self, claim_ref: str) -> dict:
        return self._request("GET", f"/claims/{claim_ref}/status")
