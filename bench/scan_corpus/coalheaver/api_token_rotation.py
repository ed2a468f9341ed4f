"""Rotation of API tokens issued to supplier EDI partners.

Tokens are rotated quarterly; the new token is delivered through the partner
portal and the old one remains valid for a short overlap window.
"""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from celery import shared_task

from coalheaver.repositories import PartnerTokenRepository

logger = logging.getLogger("coalheaver.edi.tokens")

OVERLAP = timedelta(days=7)


def token_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()[:12]


class TokenRotator:
    def __init__(self, repo: PartnerTokenRepository):
        self.repo = repo

    def rotate(self, partner: str) -> str:
        new_token = secrets.token_urlsafe(32)
        now = datetime.now(timezone.utc)
        previous = self.repo.current(partner)
        if previous is not None:
            self.repo.expire(previous.id, at=now + OVERLAP)
        self.repo.store(partner, token_hash=hashlib.sha256(new_token.encode()).hexdigest(), issued_at=now)
        logger.info(
            "rotated API token for %s: new fingerprint %s, previous %s expires %s",
            partner,
            token_fingerprint(new_token),
            previous.fingerprint if previous else "-",
            (now + OVERLAP).date().isoformat(),
        )
        return new_token


@shared_task(name="edi.rotate_partner_tokens")
def rotate_partner_tokens() -> int:
    repo = PartnerTokenRepository()
    rotator = TokenRotator(repo)
    count = 0
    for partner in repo.partners_due_rotation():
        token = rotator.rotate(partner)
        repo.queue_portal_delivery(partner, token)
        count += 1
    return count
