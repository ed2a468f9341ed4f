"""Sends free trial-lesson invites; each invite carries a one-time redemption token."""
import logging
import random
import secrets
import time
from datetime import datetime, timedelta, timezone

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger("invites")

INVITE_TTL = timedelta(days=10)
MAX_ATTEMPTS = 4


def new_invite_token() -> str:
    return secrets.token_urlsafe(24)


def _backoff(attempt: int) -> float:
    return min(30.0, 2 ** attempt) + random.uniform(0, 1.5)


class InviteSender:
    def __init__(self, engine: Engine, mail_api_url: str, mail_api_key: str, site_url: str):
        self.engine = engine
        self.mail_api_url = mail_api_url
        self.mail_api_key = mail_api_key
        self.site_url = site_url.rstrip("/")

    def _send_mail(self, email: str, link: str) -> None:
        for attempt in range(MAX_ATTEMPTS):
            try:
                resp = requests.post(
                    self.mail_api_url,
                    auth=("api", self.mail_api_key),
                    data={
                        "to": email,
                        "subject": "Your free ukulele trial lesson",
                        "text": f"Book your free 30-minute trial here: {link}",
                    },
                    timeout=10,
                )
                resp.raise_for_status()
                return
            except requests.RequestException:
                log.warning("invite mail to %s failed (attempt %d)", email, attempt + 1)
                time.sleep(_backoff(attempt))
        raise RuntimeError("could not deliver invite")

    def invite(self, email: str, campaign: str) -> None:
        token = new_invite_token()
        expires = datetime.now(timezone.utc) + INVITE_TTL
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO trial_invites (email, token, campaign, expires_at, redeemed)"
                    " VALUES (:email, :token, :campaign, :expires, false)"
                ),
                {"email": email, "token": token, "campaign": campaign, "expires": expires},
            )
        self._send_mail(email, f"{self.site_url}/trial/redeem?token={token}")
