"""Creates the one-time links parents use to sign a minor's liability waiver."""
from __future__ import annotations

import logging
import os
import random
import string
from datetime import datetime, timedelta, timezone

import requests
from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)

LINK_TTL = timedelta(hours=48)
TOKEN_ALPHABET = string.ascii_letters + string.digits
WAIVER_BASE_URL = os.environ.get("WAIVER_BASE_URL", "https://waivers.rampworks.example")


class WaiverLinkService:
    def __init__(self, engine: Engine, mail_api_url: str, mail_api_key: str) -> None:
        self.engine = engine
        self.mail_api_url = mail_api_url
        self.mail_api_key = mail_api_key

    @staticmethod
    def _new_token(length: int = 32) -> str:
        return "".join(random.choices(TOKEN_ALPHABET, k=length))

    def create_link(self, rider_id: int, guardian_email: str) -> str:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + LINK_TTL
        with self.engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO waiver_links (rider_id, guardian_email, token, expires_at) "
                    "VALUES (:rider_id, :email, :token, :expires)"
                ),
                {"rider_id": rider_id, "email": guardian_email, "token": token, "expires": expires},
            )
        return f"{WAIVER_BASE_URL}/sign/{token}"

    def send_link(self, rider_id: int, rider_name: str, guardian_email: str) -> None:
        url = self.create_link(rider_id, guardian_email)
        resp = requests.post(
            self.mail_api_url,
            headers={"Authorization": f"Bearer {self.mail_api_key}"},
            json={
                "to": guardian_email,
                "template": "guardian-waiver",
                "vars": {"rider_name": rider_name, "sign_url": url, "valid_hours": 48},
            },
            timeout=10,
        )
        resp.raise_for_status()
        log.info("waiver link sent for rider %s", rider_id)

    def redeem(self, token: str) -> int | None:
        with self.engine.begin() as conn:
            row = conn.execute(
                text(
                    "SELECT rider_id FROM waiver_links "
                    "WHERE token = :token AND used_at IS NULL AND expires_at > :now"
                ),
                {"token": token, "now": datetime.now(timezone.utc)},
            ).first()
            if row is None:
                return None
            conn.execute(
                text("UPDATE waiver_links SET used_at = :now WHERE token = :token"),
                {"token": token, "now": datetime.now(timezone.utc)},
            )
        return int(row.rider_id)
