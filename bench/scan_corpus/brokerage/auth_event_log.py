"""Structured audit logging for login, token refresh and logout events."""
import hashlib
import json
import logging
from datetime import datetime, timezone

audit = logging.getLogger("audit.auth")

_REDACT_KEYS = {"password", "access_token", "refresh_token", "otp", "authorization"}


def token_fingerprint(token: str) -> str:
    """Short stable identifier so a token can be traced across services without logging it."""
    return hashlib.sha256(token.encode()).hexdigest()[:12]


def _scrub(details: dict) -> dict:
    return {k: ("[redacted]" if k.lower() in _REDACT_KEYS else v) for k, v in details.items()}


def log_event(event: str, account_id: str | None, ip: str, *, token: str | None = None,
              **details) -> None:
    record = {
        "ts": datetime.now(timezone.utc).isoformat(),
        "event": event,
        "account_id": account_id,
        "ip": ip,
        "token_fp": token_fingerprint(token) if token else None,
        **_scrub(details),
    }
    audit.info(json.dumps(record, default=str))


def log_login(account_id: str, ip: str, success: bool, method: str, session_token: str | None) -> None:
    log_event("login.success" if success else "login.failure", account_id, ip,
              token=session_token, method=method)


def log_refresh(account_id: str, ip: str, new_access_token: str) -> None:
    log_event("token.refresh", account_id, ip, token=new_access_token)
