"""Paperless billing enrollment: confirm the e-mail address before switching delivery."""
import hashlib
import logging
import secrets
import uuid
from datetime import datetime, timedelta, timezone

from sqlalchemy import select
from sqlalchemy.orm import Session

from .mailer import send_template
from .models import Account, EmailConfirmation

log = logging.getLogger(__name__)
CONFIRM_TTL = timedelta(hours=24)


def start_enrollment(db: Session, account: Account, email: str, portal_base_url: str) -> str:
    request_id = str(uuid.uuid4())  # correlates portal, mailer and CIS logs
    token = secrets.token_urlsafe(32)
    db.add(
        EmailConfirmation(
            request_id=request_id,
            account_id=account.id,
            email=email,
            token_hash=hashlib.sha256(token.encode("ascii")).hexdigest(),
            expires_at=datetime.now(timezone.utc) + CONFIRM_TTL,
        )
    )
    db.commit()
    send_template(
        to=email,
        template="paperless_confirm",
        context={"link": f"{portal_base_url}/paperless/confirm?token={token}"},
    )
    log.info("paperless enrollment %s started for account %s", request_id, account.id)
    return request_id


def confirm(db: Session, token: str) -> bool:
    row = db.scalar(
        select(EmailConfirmation).where(
            EmailConfirmation.token_hash == hashlib.sha256(token.encode("ascii")).hexdigest(),
            EmailConfirmation.expires_at > datetime.now(timezone.utc),
        )
    )
    if row is None:
        return False
    account = db.get(Account, row.account_id)
    account.bill_delivery = "email"
    account.bill_email = row.email
    db.delete(row)
    db.commit()
    return True
