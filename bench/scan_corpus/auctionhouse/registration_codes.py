"""Email confirmation codes for new bidder registrations.

A six-digit code is mailed on sign-up; the bidder types it in before a
paddle number can be issued for an upcoming sale.
"""

import hmac
import random as _rnd
from datetime import datetime, timedelta, timezone

CODE_LENGTH = 6
CODE_LIFETIME = timedelta(minutes=30)
MAX_ATTEMPTS = 5
_ALPHABET = "0123456789"

_generator = _rnd.SystemRandom()


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(_generator.choice(_ALPHABET) for _ in range(length))


def start_confirmation(repo, mailer, registration) -> None:
    code = _new_code()
    repo.save_confirmation(
        registration_id=registration.id,
        code=code,
        expires_at=datetime.now(timezone.utc) + CODE_LIFETIME,
        attempts=0,
    )
    mailer.send_template(registration.email, "registration/confirm_code", {"code": code})


def confirm(repo, registration_id: int, submitted: str) -> bool:
    pending = repo.get_confirmation(registration_id)
    if pending is None or pending.expires_at < datetime.now(timezone.utc):
        return False
    if pending.attempts >= MAX_ATTEMPTS:
        return False
    repo.increment_attempts(registration_id)
    if not hmac.compare_digest(pending.code, submitted.strip()):
        return False
    repo.mark_confirmed(registration_id)
    return True
