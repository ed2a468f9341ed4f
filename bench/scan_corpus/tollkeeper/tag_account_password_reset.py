"""Password reset flow for tag account holders.

Motorists who forget their portal password receive an emailed link with a
single-use token; the token is stored only as a digest.
"""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from tollkeeper.config import settings
from tollkeeper.mail import send_template
from tollkeeper.repositories import reset_tokens, tag_accounts

logger = logging.getLogger("tollkeeper.accounts.reset")

TOKEN_TTL = timedelta(minutes=30)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


def request_reset(email: str) -> None:
    account = tag_accounts.by_email(email)
    if account is None:
        logger.info("password reset requested for unknown address")
        return
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + TOKEN_TTL
    reset_tokens.store(account.id, _digest(token), expires)
    send_template(
        to=account.email,
        template="password_reset",
        context={"link": f"{settings.PORTAL_URL}/reset/{token}", "expires": expires},
    )
    logger.info("password reset issued account=%s token_ref=%s expires=%s", account.id, _digest(token)[:8], expires)


def complete_reset(token: str, new_password: str) -> bool:
    record = reset_tokens.consume(_digest(token))
    if record is None or record.expires_at < datetime.now(timezone.utc):
        logger.info("password reset rejected: token unknown or expired")
        return False
    tag_accounts.set_password(record.account_id, new_password)
    logger.info("password reset completed account=%s", record.account_id)
    return True
