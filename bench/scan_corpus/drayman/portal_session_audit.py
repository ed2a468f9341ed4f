"""Audit trail of portal session lifecycle events.

Support staff use the audit trail to answer "who placed this order" queries
from landlords. Sessions are identified in the log by a fingerprint so the
trail can be correlated without exposing the session token itself.
"""
import hashlib
import logging
import secrets
from datetime import datetime, timezone

from drayman.cache import redis_client
from drayman.settings import settings

audit = logging.getLogger("drayman.portal.audit")

SESSION_PREFIX = "portal:session:"


def session_fingerprint(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()[:12]


class PortalSessions:
    def __init__(self, client=None):
        self.client = client or redis_client()

    def create(self, user_id: int, account_ref: str, remote_addr: str) -> str:
        token = secrets.token_urlsafe(32)
        self.client.setex(SESSION_PREFIX + token, settings.PORTAL_SESSION_SECONDS, f"{user_id}:{account_ref}")
        audit.info(
            "session created user=%s account=%s session=%s ip=%s",
            user_id,
            account_ref,
            session_fingerprint(token),
            remote_addr,
        )
        return token

    def revoke(self, token: str, reason: str) -> None:
        self.client.delete(SESSION_PREFIX + token)
        audit.info("session revoked session=%s reason=%s", session_fingerprint(token), reason)

    def touch(self, token: str) -> str | None:
        value = self.client.get(SESSION_PREFIX + token)
        if value is None:
            return None
        self.client.expire(SESSION_PREFIX + token, settings.PORTAL_SESSION_SECONDS)
        audit.debug("session refreshed session=%s at=%s", session_fingerprint(token),
                    datetime.now(timezone.utc).isoformat())
        return value.decode()
