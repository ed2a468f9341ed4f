"""Rotation of bearer secrets for the partner push feed."""
import logging
import secrets
from datetime import datetime, timedelta, timezone

from .notify import deliver_secret_via_portal
from .store import CredentialStore

logger = logging.getLogger("feeds.rotation")

ROTATION_AGE = timedelta(days=30)
OVERLAP = timedelta(hours=48)


def rotate_partner(store: CredentialStore, partner_id: str) -> str:
    now = datetime.now(timezone.utc)
    new_secret = secrets.token_urlsafe(32)
    key_id = store.add(partner_id, new_secret, valid_from=now)
    store.expire_previous(partner_id, at=now + OVERLAP)
    deliver_secret_via_portal(partner_id, key_id, new_secret)
    logger.info("rotated feed credential for %s (key_id=%s, overlap=%s)", partner_id, key_id, OVERLAP)
    return key_id


def run(store: CredentialStore) -> int:
    cutoff = datetime.now(timezone.utc) - ROTATION_AGE
    due = store.partners_with_credentials_older_than(cutoff)
    for partner_id in due:
        try:
            rotate_partner(store, partner_id)
        except Exception:
            logger.exception("rotation failed for %s", partner_id)
    return len(due)
