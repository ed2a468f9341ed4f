"""Onboarding invitations: new hires get a one-time link to set up their account."""
import hashlib
import random
import secrets
import time
import uuid
from datetime import datetime, timedelta, timezone

from onboarding.mailer import send_invite_email
from onboarding.models import Invite

INVITE_TTL = timedelta(days=7)
MAX_SEND_ATTEMPTS = 4


def new_invite_token() -> str:
    return secrets.token_urlsafe(32)


def create_invite(db, new_hire, portal_url: str) -> Invite:
    token = new_invite_token()
    invite = Invite(
        id=uuid.uuid4(),
        employee_id=new_hire.id,
        token_sha256=hashlib.sha256(token.encode()).hexdigest(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.add(invite)
    db.commit()
    _send_with_retry(new_hire.personal_email, f"{portal_url.rstrip('/')}/welcome/{token}")
    return invite


def _send_with_retry(address: str, link: str) -> None:
    for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
        try:
            send_invite_email(address, link)
            return
        except ConnectionError:
            if attempt == MAX_SEND_ATTEMPTS:
                raise
            # spread retries so a mail-relay blip doesn't cause a thundering herd
            time.sleep(2 ** attempt + random.uniform(0, 1))
