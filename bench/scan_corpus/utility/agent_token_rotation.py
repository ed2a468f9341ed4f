"""Rotate API tokens used by contact-centre agents' softphone integration."""
import datetime as dt
import hashlib
import logging
import secrets

from sqlalchemy.orm import Session

from .models import AgentApiToken

log = logging.getLogger("contact_centre.tokens")

TOKEN_TTL = dt.timedelta(days=30)
SENSITIVE_KEYS = {"password", "token", "api_key", "secret", "authorization"}


def redact(value):
    if isinstance(value, dict):
        return {
            k: "[redacted]" if str(k).lower() in SENSITIVE_KEYS else redact(v)
            for k, v in value.items()
        }
    if isinstance(value, (list, tuple)):
        return [redact(v) for v in value]
    return value


def rotate(session: Session, agent_id: int, requested_by: str) -> str:
    """Issue a new token, revoke the old ones, and return the plaintext once."""
    now = dt.datetime.now(dt.timezone.utc)
    revoked = (
        session.query(AgentApiToken)
        .filter(AgentApiToken.agent_id == agent_id, AgentApiToken.revoked_at.is_(None))
        .update({"revoked_at": now})
    )
    plaintext = secrets.token_urlsafe(32)
    record = AgentApiToken(
        agent_id=agent_id,
        token_sha256=hashlib.sha256(plaintext.encode()).hexdigest(),
        created_at=now,
        expires_at=now + TOKEN_TTL,
    )
    session.add(record)
    session.flush()
    log.info(
        "Rotated softphone token for agent=%s record=%s revoked=%d by=%s expires=%s",
        agent_id, record.id, revoked, requested_by, record.expires_at.isoformat(),
    )
    return plaintext


def log_integration_call(event: str, payload: dict) -> None:
    log.debug("Softphone %s: %s", event, redact(payload))
