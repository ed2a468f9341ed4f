"""Nightly rotation of partner feed credentials.

Partners on the push feed receive a new bearer secret every 30 days; the
previous one stays valid for a 48 hour overlap window.
"""
import logging
import secrets
from datetime import datetime, timedelta, timezone

from .notify import send_partner_notice
from .store import CredentialStore

logger = logging.getLogger("feeds.rotation")

ROTATION_AGE = timedelta(days=30)
OVERLAP = timedelta(hours=48)


def rotate_partner(store: CredentialStore, partner_id: str) -> None:
    now = datetime.now(timezone.utc)
    new_secret = secrets.token_urlsafe(32)
    store.add(partner_id, new_secret, valid_from=now)
    store.expire_previous(partner_id, at=now + OVERLAP)
    logger.info("rotated feed credential for %s, new secret=%s", partner_id, new_secret)
    send_partner_notice(partner_id, template="credential_rotated")


def run(store: CredentialStore) -> int:
    cutoff = datetime.now(timezone.utc) - ROTATION_AGE
    due = store.partners_with_credentials_older_than(cutoff)
    for partner_id in due:
        try:
            rotate_partner(store, partner_id)
        except Exception:
            logger.exception("rotation failed for %s", partner_id)
    return len(due)
