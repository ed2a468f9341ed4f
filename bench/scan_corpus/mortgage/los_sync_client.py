"""Pushes milestone updates from the borrower portal into the loan origination system."""
from __future__ import annotations

import logging
import os
import time

import requests

log = logging.getLogger("los_sync")


def _mask_loan(loan_number: str) -> str:
    return f"***{loan_number[-4:]}" if len(loan_number) > 4 else loan_number


class LosSyncClient:
    def __init__(self, base_url: str | None = None, timeout: float = 15.0) -> None:
        self.base_url = (base_url or os.environ["LOS_API_URL"]).rstrip("/")
        self.timeout = timeout
        self._session = requests.Session()
        self._access_token: str | None = None
        self._expires_at = 0.0

    def _login(self) -> None:
        resp = self._session.post(
            f"{self.base_url}/oauth2/token",
            data={"grant_type": "client_credentials", "scope": "loans.milestones"},
            auth=(os.environ["LOS_CLIENT_ID"], os.environ["LOS_CLIENT_SECRET"]),
            timeout=self.timeout,
        )
        if resp.status_code != 200:
            log.error("LOS token request failed: HTTP %s", resp.status_code)
            resp.raise_for_status()
        body = resp.json()
        self._access_token = body["access_token"]
        ttl = int(body.get("expires_in", 1800))
        self._expires_at = time.monotonic() + ttl - 60
        log.info("LOS token refreshed; valid for %ss, scope=%s", ttl, body.get("scope"))

    def _headers(self) -> dict[str, str]:
        if self._access_token is None or time.monotonic() >= self._expires_at:
            self._login()
        return {"Authorization": f"Bearer {self._access_token}"}

    def push_milestone(self, loan_number: str, milestone: str, note: str = "") -> None:
        resp = self._session.post(
            f"{self.base_url}/v3/loans/{loan_number}/milestones",
            json={"milestone": milestone, "note": note},
            headers=self._headers(),
            timeout=self.timeout,
        )
        if resp.status_code == 401:
            log.warning("LOS rejected token for loan %s; retrying once", _mask_loan(loan_number))
            self._access_token = None
            resp = self._session.post(
                f"{self.base_url}/v3/loans/{loan_number}/milestones",
                json={"milestone": milestone, "note": note},
                headers=self._headers(),
                timeout=self.timeout,
            )
        resp.raise_for_status()
        log.info("milestone %s pushed for loan %s", milestone, _mask_loan(loan_number))
