"""One-time codes for signing in at the showroom kiosk.

Customers visiting the showroom can pull up their order on the kiosk by
entering a code sent to their mobile.
"""
import secrets
import time
from dataclasses import dataclass, field

from .sms import send_sms

CODE_LENGTH = 6
CODE_TTL = 300
MAX_TRIES = 3


@dataclass
class PendingCode:
    code: str
    order_ref: str
    created: float = field(default_factory=time.monotonic)
    tries: int = 0


class KioskOtp:
    def __init__(self):
        self._pending: dict[str, PendingCode] = {}

    def start(self, order_ref: str, mobile: str) -> str:
        code = "".join(secrets.choice("0123456789") for _ in range(CODE_LENGTH))
        session_id = secrets.token_hex(16)
        self._pending[session_id] = PendingCode(code, order_ref)
        send_sms(mobile, f"Your Clearview showroom code is {code}. It expires in 5 minutes.")
        return session_id

    def confirm(self, session_id: str, entered: str) -> str | None:
        pending = self._pending.get(session_id)
        if pending is None:
            return None
        if time.monotonic() - pending.created > CODE_TTL or pending.tries >= MAX_TRIES:
            self._pending.pop(session_id, None)
            return None
        pending.tries += 1
        if secrets.compare_digest(entered.strip().encode(), pending.code.encode()):
            self._pending.pop(session_id, None)
            return pending.order_ref
        return None

    def purge_expired(self) -> int:
        now = time.monotonic()
        stale = [sid for sid, p in self._pending.items() if now - p.created > CODE_TTL]
        for sid in stale:
            del self._pending[sid]
        return len(stale)
