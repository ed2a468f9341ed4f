"""Upload batches of quarter peals to the national performance database.

Credentials for the guild's submitter account come from the environment;
only the account name ever reaches the logs.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass, field
from datetime import date

import requests

log = logging.getLogger("guild.bellboard")


@dataclass(frozen=True)
class SubmitterAccount:
    username: str
    password: str = field(repr=False)

    @classmethod
    def from_env(cls) -> "SubmitterAccount":
        return cls(os.environ["BELLBOARD_USER"], os.environ["BELLBOARD_PASSWORD"])


@dataclass
class Quarter:
    place: str
    rung_on: date
    changes: int
    method: str
    band: list[str]

    def payload(self) -> dict:
        return {
            "place": self.place,
            "date": self.rung_on.isoformat(),
            "changes": self.changes,
            "method": self.method,
            "ringers": [{"bell": i + 1, "name": n} for i, n in enumerate(self.band)],
        }


class Uploader:
    def __init__(self, base_url: str, account: SubmitterAccount) -> None:
        self.base = base_url.rstrip("/")
        self.account = account
        self.http = requests.Session()

    def sign_in(self) -> None:
        log.info("Signing in to %s as %s", self.base, self.account.username)
        resp = self.http.post(
            f"{self.base}/login",
            data={"username": self.account.username, "password": self.account.password},
            timeout=20,
        )
        if resp.status_code != 200:
            log.error("Sign-in as %s failed with HTTP %s", self.account.username, resp.status_code)
            resp.raise_for_status()

    def upload(self, quarters: list[Quarter]) -> list[int]:
        self.sign_in()
        ids: list[int] = []
        for q in quarters:
            resp = self.http.post(f"{self.base}/submit", json=q.payload(), timeout=20)
            if resp.ok:
                ids.append(int(resp.json()["id"]))
                log.info("Uploaded %s at %s (%s)", q.method, q.place, ids[-1])
            else:
                log.warning("Upload of %s at %s rejected: HTTP %s", q.method, q.place, resp.status_code)
        return ids
