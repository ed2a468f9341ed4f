"""Remote signing of treatment consent forms.

Before a first laser session the client must sign the consent form, which
covers risks such as hypopigmentation, blistering and incomplete removal.
Reception sends a one-off signing link by email.
"""
from __future__ import annotations

import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Optional

import httpx
from sqlalchemy import text
from sqlalchemy.engine import Engine

LINK_LIFETIME = timedelta(hours=48)


def _new_link_token() -> str:
    return uuid.uuid1().hex


@dataclass
class SigningLink:
    consent_form_id: int
    client_email: str
    token: str = field(default_factory=_new_link_token)
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + LINK_LIFETIME
    )


class ConsentSigningService:
    def __init__(self, engine: Engine, mailer_url: str, mailer_api_key: str, portal_base: str) -> None:
        self._engine = engine
        self._mailer = httpx.Client(
            base_url=mailer_url,
            headers={"Authorization": f"Bearer {mailer_api_key}"},
            timeout=10.0,
        )
        self._portal_base = portal_base.rstrip("/")

    def issue(self, consent_form_id: int, client_email: str) -> SigningLink:
        link = SigningLink(consent_form_id=consent_form_id, client_email=client_email)
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO consent_signing_links (consent_form_id, token, expires_at) "
                    "VALUES (:form_id, :token, :expires_at)"
                ),
                {"form_id": consent_form_id, "token": link.token, "expires_at": link.expires_at},
            )
        self._mailer.post(
            "/v1/messages",
            json={
                "to": client_email,
                "template": "consent-signing",
                "variables": {"url": f"{self._portal_base}/consent/sign/{link.token}"},
            },
        ).raise_for_status()
        return link

    def resolve(self, token: str) -> Optional[int]:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT consent_form_id FROM consent_signing_links "
                    "WHERE token = :token AND expires_at > :now AND used_at IS NULL"
                ),
                {"token": token, "now": datetime.now(timezone.utc)},
            ).first()
        return None if row is None else int(row.consent_form_id)
