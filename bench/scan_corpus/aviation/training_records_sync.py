"""Nightly pull of crew training and recurrent check results from the LMS.

Qualification expiries (OPC, LPC, line check, SEP, CRM) feed the crew
legality checks in the rostering system.
"""
import logging
import os
from datetime import date

import requests

from .legality import update_qualifications

log = logging.getLogger("training_sync")

LMS_URL = os.environ["LMS_API_URL"].rstrip("/")


class LmsClient:
    def __init__(self):
        self.session = requests.Session()
        self.username = os.environ["LMS_SERVICE_USER"]
        self._password = os.environ["LMS_SERVICE_PASSWORD"]
        self._token: str | None = None

    def login(self) -> None:
        resp = self.session.post(
            f"{LMS_URL}/auth/token",
            json={"username": self.username, "password": self._password},
            timeout=15,
        )
        resp.raise_for_status()
        body = resp.json()
        self._token = body["token"]
        self.session.headers["Authorization"] = f"Bearer {self._token}"
        log.info("LMS login ok for %s, token valid for %ss", self.username, body.get("expires_in"))

    def completions(self, since: date) -> list[dict]:
        resp = self.session.get(
            f"{LMS_URL}/completions", params={"since": since.isoformat()}, timeout=60
        )
        if resp.status_code == 401:
            log.warning("LMS token rejected for %s, logging in again", self.username)
            self.login()
            resp = self.session.get(
                f"{LMS_URL}/completions", params={"since": since.isoformat()}, timeout=60
            )
        resp.raise_for_status()
        return resp.json()["items"]


def run(since: date) -> None:
    client = LmsClient()
    client.login()
    items = client.completions(since)
    update_qualifications(items)
    log.info("updated %d qualification records", len(items))
