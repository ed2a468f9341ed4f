"""Password reset flow for the parent portal."""

import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone
from urllib.parse import urlencode

from portal.db import db
from portal.email import send_template
from portal.models import PasswordReset, Parent

log = logging.getLogger(__name__)

RESET_TTL = timedelta(minutes=30)


def _reset_link(base_url: str, token: str) -> str:
    return f"{base_url.rstrip('/')}/account/reset?{urlencode({'t': token})}"


def start_reset(parent: Parent, base_url: str) -> None:
    token = secrets.token_urlsafe(32)
    db.session.add(
        PasswordReset(
            parent_id=parent.id,
            token_hash=hashlib.sha256(token.encode()).hexdigest(),
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
    )
    db.session.commit()

    link = _reset_link(base_url, token)
    log.info("Password reset requested for parent %s, link %s", parent.id, link)
    send_template(parent.email, "password_reset", {"link": link, "name": parent.first_name})


def consume_reset(token: str) -> Parent | None:
    digest = hashlib.sha256(token.encode()).hexdigest()
    reset = PasswordReset.query.filter_by(token_hash=digest, used=False).first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        return None
    reset.used = True
    db.session.commit()
    return Parent.query.get(reset.parent_id)
