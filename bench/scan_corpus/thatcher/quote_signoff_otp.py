"""One-time codes for signing off quote variations on site.

When a job uncovers rotten battens or a failed chimney flashing, the crew
foreman raises a variation on the tablet. The customer confirms it by reading
out the six-digit code that was texted to them.
"""

import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from thatcher.notify import send_sms

CODE_TTL = timedelta(minutes=10)
MAX_TRIES = 3


@dataclass
class PendingSignoff:
    variation_id: int
    code: str
    expires_at: datetime
    tries: int = 0


class VariationSignoff:
    def __init__(self, store):
        self.store = store

    def send_code(self, variation_id: int, customer_mobile: str, amount_pence: int) -> None:
        code = f"{secrets.randbelow(1_000_000):06d}"
        self.store.put(
            PendingSignoff(
                variation_id=variation_id,
                code=code,
                expires_at=datetime.now(timezone.utc) + CODE_TTL,
            )
        )
        send_sms(
            customer_mobile,
            f"Variation of £{amount_pence / 100:,.2f} to your thatching job. "
            f"Give code {code} to the foreman to approve.",
        )

    def confirm(self, variation_id: int, spoken_code: str) -> bool:
        pending = self.store.get(variation_id)
        if pending is None or pending.expires_at < datetime.now(timezone.utc):
            return False
        if pending.tries >= MAX_TRIES:
            return False
        pending.tries += 1
        self.store.put(pending)
        if not hmac.compare_digest(pending.code.encode(), spoken_code.strip().encode()):
            return False
        self.store.delete(variation_id)
        return True
