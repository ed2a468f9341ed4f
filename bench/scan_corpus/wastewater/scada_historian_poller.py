"""Poll wet-well level and overflow alarms from the SCADA historian every few minutes."""
from __future__ import annotations

import logging
import os
import re
import time

import requests

log = logging.getLogger("scada.poller")


class BearerRedactingFilter(logging.Filter):
    _pattern = re.compile(r"(Bearer\s+)[A-Za-z0-9._~+/=-]+")

    def filter(self, record: logging.LogRecord) -> bool:
        record.msg = self._pattern.sub(r"\1[redacted]", str(record.msg))
        if record.args:
            record.args = tuple(
                self._pattern.sub(r"\1[redacted]", a) if isinstance(a, str) else a
                for a in record.args
            )
        return True


log.addFilter(BearerRedactingFilter())


class HistorianPoller:
    def __init__(self) -> None:
        self.base_url = os.environ["HISTORIAN_URL"].rstrip("/")
        self.client_id = os.environ["HISTORIAN_CLIENT_ID"]
        self._client_secret = os.environ["HISTORIAN_CLIENT_SECRET"]
        self.http = requests.Session()
        self.http.verify = os.environ.get("HISTORIAN_CA_BUNDLE", True)
        self._token_expires = 0.0

    def _ensure_token(self) -> None:
        if time.monotonic() < self._token_expires - 30:
            return
        resp = self.http.post(
            f"{self.base_url}/oauth/token",
            data={"grant_type": "client_credentials"},
            auth=(self.client_id, self._client_secret),
            timeout=15,
        )
        resp.raise_for_status()
        payload = resp.json()
        self.http.headers["Authorization"] = f"Bearer {payload['access_token']}"
        self._token_expires = time.monotonic() + payload["expires_in"]
        log.info("historian token refreshed for %s, expires in %ss", self.client_id, payload["expires_in"])

    def overflow_alarms(self, since_iso: str) -> list[dict]:
        self._ensure_token()
        resp = self.http.get(
            f"{self.base_url}/api/v2/alarms",
            params={"class": "CSO_OVERFLOW", "since": since_iso},
            timeout=30,
        )
        resp.raise_for_status()
        alarms = resp.json()["alarms"]
        log.info("fetched %d overflow alarms since %s", len(alarms), since_iso)
        return alarms
