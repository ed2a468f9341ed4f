"""Thin client for the e-book distributor's circulation API.

Used by the loan service to check availability, create checkouts and
return titles early on behalf of patrons.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass

import requests

log = logging.getLogger(__name__)


@dataclass
class Availability:
    title_id: str
    copies_owned: int
    copies_available: int
    holds: int


class DistributorClient:
    def __init__(self, base_url: str, access_token: str, library_id: str,
                 ca_bundle: str | bool = False, timeout: float = 15.0):
        self.base_url = base_url.rstrip("/")
        self.library_id = library_id
        self.timeout = timeout
        self._session = requests.Session()
        self._session.headers["Authorization"] = f"Bearer {access_token}"
        self._session.headers["Accept"] = "application/json"
        self._session.verify = ca_bundle

    def _url(self, path: str) -> str:
        return f"{self.base_url}/v1/libraries/{self.library_id}/{path.lstrip('/')}"

    def availability(self, title_id: str) -> Availability:
        resp = self._session.get(self._url(f"titles/{title_id}/availability"),
                                 timeout=self.timeout)
        resp.raise_for_status()
        data = resp.json()
        return Availability(title_id, data["owned"], data["available"], data["holds"])

    def checkout(self, title_id: str, patron_ref: str, days: int = 14) -> dict:
        resp = self._session.post(
            self._url("checkouts"),
            json={"titleId": title_id, "patron": patron_ref, "lendingPeriod": days},
            timeout=self.timeout,
        )
        resp.raise_for_status()
        log.info("checked out %s for patron ref %s", title_id, patron_ref)
        return resp.json()

    def early_return(self, checkout_id: str) -> None:
        resp = self._session.delete(self._url(f"checkouts/{checkout_id}"),
                                    timeout=self.timeout)
        resp.raise_for_status()
