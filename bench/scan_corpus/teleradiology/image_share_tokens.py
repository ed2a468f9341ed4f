"""Viewer links that let a referring physician open a study in the zero-footprint viewer.

Tokens are opaque random strings; the database keeps only a SHA-256 of each
token so a leaked table cannot be replayed.
"""
from __future__ import annotations

import hashlib
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from sqlalchemy import text
from sqlalchemy.engine import Engine

VIEWER_LINK_TTL = timedelta(hours=48)


def _token_digest(token: str) -> str:
    return hashlib.sha256(token.encode("ascii")).hexdigest()


@dataclass(frozen=True)
class ViewerLink:
    token: str
    study_uid: str
    expires_at: datetime


class ViewerLinkService:
    def __init__(self, engine: Engine, viewer_base_url: str) -> None:
        self._engine = engine
        self._base = viewer_base_url.rstrip("/")

    @staticmethod
    def _new_token() -> str:
        return secrets.token_urlsafe(32)

    def issue(self, study_uid: str, issued_by: int, recipient_npi: str) -> tuple[ViewerLink, str]:
        token = self._new_token()
        link = ViewerLink(token=token, study_uid=study_uid, expires_at=datetime.now(timezone.utc) + VIEWER_LINK_TTL)
        with self._engine.begin() as conn:
            conn.execute(
                text(
                    "INSERT INTO viewer_links (token_sha256, study_uid, issued_by, recipient_npi, expires_at) "
                    "VALUES (:digest, :uid, :by, :npi, :exp)"
                ),
                {
                    "digest": _token_digest(token),
                    "uid": study_uid,
                    "by": issued_by,
                    "npi": recipient_npi,
                    "exp": link.expires_at,
                },
            )
        return link, f"{self._base}/view?t={token}"

    def resolve(self, token: str) -> str | None:
        with self._engine.connect() as conn:
            row = conn.execute(
                text(
                    "SELECT study_uid FROM viewer_links WHERE token_sha256 = :digest "
                    "AND expires_at > now() AND revoked_at IS NULL"
                ),
                {"digest": _token_digest(token)},
            ).first()
        return row[0] if row else None

    def revoke_for_study(self, study_uid: str) -> int:
        with self._engine.begin() as conn:
            return conn.execute(
                text("UPDATE viewer_links SET revoked_at = now() WHERE study_uid = :uid AND revoked_at IS NULL"),
                {"uid": study_uid},
            ).rowcount
