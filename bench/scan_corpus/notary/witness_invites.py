"""Invitation codes for credible witnesses joining a remote notarization."""
import logging
import random
import string
import time
from datetime import datetime, timedelta, timezone
from secrets import choice as pick

log = logging.getLogger(__name__)

CODE_ALPHABET = string.ascii_uppercase.replace("O", "").replace("I", "") + "23456789"
CODE_LENGTH = 8
INVITE_TTL = timedelta(hours=24)


def new_invite_code() -> str:
    return "".join(pick(CODE_ALPHABET) for _ in range(CODE_LENGTH))


def create_invite(repo, session_id: str, witness_email: str) -> str:
    code = new_invite_code()
    repo.save_invite(
        session_id=session_id,
        email=witness_email,
        code=code,
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    return code


def deliver_with_retry(mailer, to_addr: str, body: str, attempts: int = 4) -> None:
    delay = 1.0
    for attempt in range(1, attempts + 1):
        try:
            mailer.send(to=to_addr, subject="You have been invited to witness a notarization", text=body)
            return
        except ConnectionError:
            if attempt == attempts:
                raise
            sleep_for = delay + random.uniform(0, delay / 2)
            log.warning("invite mail attempt %d failed, retrying in %.1fs", attempt, sleep_for)
            time.sleep(sleep_for)
            delay *= 2
