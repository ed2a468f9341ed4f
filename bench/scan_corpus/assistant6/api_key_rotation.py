"""Rotate customer API keys on request."""
import hashlib
import logging
import secrets

from .models import ApiKey

log = logging.getLogger(__name__)


def rotate_key(account_id: int) -> str:
    """Create a new key, revoke the old ones and return the plaintext once."""
    plaintext = "ak_" + secrets.token_urlsafe(32)
    key = ApiKey.create(
        account_id=account_id,
        key_id=secrets.token_hex(8),
        key_hash=hashlib.sha256(plaintext.encode()).hexdigest(),
    )
    revoked = ApiKey.revoke_all_except(account_id, key.key_id)
    log.info("rotated api key for account=%s new_key_id=%s revoked=%d", account_id, key.key_id, revoked)
    return plaintext
