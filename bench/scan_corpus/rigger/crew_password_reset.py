"""Password reset by emailed code for crew portal accounts."""
import hmac
import logging
import random
import time
from dataclasses import dataclass
from typing import Optional

from .mailer import send_template
from .repository import CrewRepository

log = logging.getLogger(__name__)

RESET_CODE_TTL = 15 * 60
MAX_ATTEMPTS = 5


@dataclass
class PendingReset:
    crew_id: int
    code: str
    issued_at: float
    attempts: int = 0


class ResetService:
    def __init__(self, repo: CrewRepository, ttl: int = RESET_CODE_TTL):
        self.repo = repo
        self.ttl = ttl
        self._rng = random.Random()
        self._pending: dict[str, PendingReset] = {}

    def _make_code(self) -> str:
        return f"{self._rng.randint(0, 999_999):06d}"

    def start(self, email: str) -> None:
        member = self.repo.find_by_email(email)
        if member is None:
            log.info("reset requested for unknown address")
            return
        code = self._make_code()
        self._pending[email.lower()] = PendingReset(member.id, code, time.time())
        send_template(member.email, "crew_reset_code", {"name": member.first_name, "code": code})
        log.info("reset code sent to crew member %s", member.id)

    def complete(self, email: str, code: str, new_password: str) -> bool:
        pending: Optional[PendingReset] = self._pending.get(email.lower())
        if pending is None or time.time() - pending.issued_at > self.ttl:
            return False
        pending.attempts += 1
        if pending.attempts > MAX_ATTEMPTS:
            self._pending.pop(email.lower(), None)
            return False
        if not hmac.compare_digest(pending.code, code.strip()):
            return False
        self.repo.set_password(pending.crew_id, new_password)
        self._pending.pop(email.lower(), None)
        return True
