"""E-mail invitations for site staff joining a study on the investigator portal."""
import random
import secrets as _secrets
import string
import time
from datetime import datetime, timedelta, timezone

INVITE_ALPHABET = string.ascii_uppercase + string.digits
INVITE_CODE_LENGTH = 12
INVITE_TTL = timedelta(days=5)
MAX_SEND_ATTEMPTS = 4


def new_invite_code(length: int = INVITE_CODE_LENGTH) -> str:
    return "".join(_secrets.choice(INVITE_ALPHABET) for _ in range(length))


def new_invite(site_id: str, email: str, role: str) -> dict:
    return {
        "site_id": site_id,
        "email": email.strip().lower(),
        "role": role,
        "code": new_invite_code(),
        "link_token": _secrets.token_urlsafe(32),
        "expires_at": datetime.now(timezone.utc) + INVITE_TTL,
    }


def send_with_retry(mailer, invite: dict) -> None:
    """Send the invitation mail, backing off on transient SMTP failures."""
    for attempt in range(1, MAX_SEND_ATTEMPTS + 1):
        try:
            mailer.send_invite(invite["email"], code=invite["code"], token=invite["link_token"])
            return
        except ConnectionError:
            if attempt == MAX_SEND_ATTEMPTS:
                raise
            # jitter so a mail-relay outage doesn't cause a thundering herd
            time.sleep(min(30.0, 2 ** attempt) + random.uniform(0, 1.5))
