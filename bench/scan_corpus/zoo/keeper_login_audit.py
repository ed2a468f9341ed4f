"""Audit trail for logins to the keeper rota and health-records apps."""

import hashlib
import logging
from datetime import datetime, timezone

audit = logging.getLogger("zoo.audit.auth")


def _user_ref(username: str) -> str:
    return username.strip().lower()


def record_login_attempt(username: str, success: bool, source_ip: str, app: str, method: str = "password") -> None:
    """Write one structured audit line per login attempt."""
    audit.info(
        "login app=%s user=%s method=%s ok=%s ip=%s at=%s",
        app,
        _user_ref(username),
        method,
        success,
        source_ip,
        datetime.now(timezone.utc).isoformat(),
    )


def record_token_issued(username: str, token: str, expires_at: datetime) -> None:
    # a short fingerprint lets support match a token to its audit line without storing it
    fingerprint = hashlib.sha256(token.encode()).hexdigest()[:12]
    audit.info("token issued user=%s fp=%s expires=%s", _user_ref(username), fingerprint, expires_at.isoformat())


def record_logout(username: str, reason: str = "user") -> None:
    audit.info("logout user=%s reason=%s", _user_ref(username), reason)
