"""One-click timesheet approval links sent to client site supervisors.

On framework contracts the client's site supervisor countersigns the crew's
daily hours. They receive an email with a single-use approval link.
"""
from __future__ import annotations

import hashlib
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests

log = logging.getLogger("timesheets.approval")

LINK_TTL = timedelta(hours=72)


def _new_approval_token() -> str:
    return secrets.token_urlsafe(32)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


class ApprovalLinkService:
    def __init__(self, db, mail_api_url: str, mail_api_key: str, portal_url: str) -> None:
        self._db = db
        self._mail_api_url = mail_api_url
        self._mail_api_key = mail_api_key
        self._portal_url = portal_url.rstrip("/")

    def issue(self, timesheet_id: int, supervisor_email: str) -> None:
        token = _new_approval_token()
        self._db.execute(
            "INSERT INTO approval_links (timesheet_id, token_digest, expires_at) VALUES (?, ?, ?)",
            (timesheet_id, _token_digest(token), datetime.now(timezone.utc) + LINK_TTL),
        )
        link = f"{self._portal_url}/timesheets/approve/{token}"
        self._send(supervisor_email, f"Please review timesheet #{timesheet_id}: {link}")

    def _send(self, to: str, body: str, attempts: int = 4) -> None:
        for attempt in range(1, attempts + 1):
            try:
                resp = requests.post(
                    self._mail_api_url,
                    json={"to": to, "subject": "Timesheet approval", "text": body},
                    headers={"Authorization": f"Bearer {self._mail_api_key}"},
                    timeout=10,
                )
                resp.raise_for_status()
                return
            except requests.RequestException:
                if attempt == attempts:
                    raise
                delay = (2 ** attempt) + random.uniform(0, 1.5)
                log.warning("mail send failed (attempt %d), retrying in %.1fs", attempt, delay)
                time.sleep(delay)
