"""Rotate the research data portal's partner tokens that are close to expiry."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from research.db import session_scope
from research.mail import send_token_email
from research.models import PartnerToken

log = logging.getLogger("research.tokens")

ROTATE_WITHIN = timedelta(days=14)
TOKEN_TTL = timedelta(days=90)


def fingerprint(token: str) -> str:
    """Short, non-reversible identifier used to correlate tokens in logs."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def rotate_expiring() -> int:
    now = datetime.now(timezone.utc)
    rotated = 0
    with session_scope() as session:
        expiring = (
            session.query(PartnerToken)
            .filter(PartnerToken.revoked_at.is_(None))
            .filter(PartnerToken.expires_at < now + ROTATE_WITHIN)
            .all()
        )
        for old in expiring:
            new_token = secrets.token_urlsafe(32)
            session.add(
                PartnerToken(
                    partner_id=old.partner_id,
                    token_hash=hashlib.sha256(new_token.encode()).hexdigest(),
                    scopes=old.scopes,
                    expires_at=now + TOKEN_TTL,
                )
            )
            old.revoked_at = now + timedelta(days=7)
            send_token_email(old.partner, new_token)
            log.info(
                "Rotated token id=%s for partner=%s new_fp=%s",
                old.id, old.partner_id, fingerprint(new_token),
            )
            rotated += 1
    return rotated
