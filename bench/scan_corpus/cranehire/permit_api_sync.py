"""Sync highway occupation permits from the council streetworks API.

Mobile cranes set up on the public highway need an occupation licence.
This job logs in with the depot's streetworks account and pulls the status
of every permit application we have open.
"""
import logging
import os
from dataclasses import dataclass
from typing import List

import httpx

log = logging.getLogger("cranehire.permits")


@dataclass
class StreetworksCredentials:
    username: str
    password: str

    @classmethod
    def from_env(cls) -> "StreetworksCredentials":
        return cls(os.environ["STREETWORKS_USER"], os.environ["STREETWORKS_PASSWORD"])

    def __repr__(self) -> str:
        return f"StreetworksCredentials(username={self.username!r}, password=***)"


class PermitSync:
    def __init__(self, base_url: str, creds: StreetworksCredentials) -> None:
        self._creds = creds
        self._http = httpx.Client(base_url=base_url, timeout=30.0)

    def _login(self) -> str:
        resp = self._http.post(
            "/auth/token",
            json={"username": self._creds.username, "password": self._creds.password},
        )
        if resp.status_code != 200:
            log.error("streetworks login failed for %s (HTTP %s)", self._creds.username, resp.status_code)
            resp.raise_for_status()
        log.info("streetworks session opened for %s", self._creds.username)
        return resp.json()["idToken"]

    def open_permits(self) -> List[dict]:
        token = self._login()
        resp = self._http.get(
            "/works/permits",
            params={"status": "submitted,granted", "promoter": os.environ["STREETWORKS_PROMOTER"]},
            headers={"Authorization": f"Bearer {token}"},
        )
        resp.raise_for_status()
        permits = resp.json()["permits"]
        log.info("fetched %d open permits", len(permits))
        return permits


def run() -> int:
    sync = PermitSync(os.environ["STREETWORKS_API_URL"], StreetworksCredentials.from_env())
    from cranehire.permits import upsert_permit

    permits = sync.open_permits()
    for permit in permits:
        upsert_permit(permit["permitReference"], permit["status"], permit.get("endDate"))
    return len(permits)


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    run()
