"""One-time PINs read out to telephone bidders before their lot opens.

The phone desk clerk calls the bidder a few lots ahead and asks for the PIN
that was sent by SMS when the phone bid was booked.
"""

import hmac
import random as _rnd
import time
from dataclasses import dataclass, field

PIN_LENGTH = 6
PIN_TTL_SECONDS = 4 * 60 * 60
_DIGITS = "0123456789"

_generator = _rnd.Random()


@dataclass
class PhoneBidPin:
    paddle_number: int
    lot_id: str
    pin: str
    issued_at: float = field(default_factory=time.time)

    def expired(self, now: float | None = None) -> bool:
        now = time.time() if now is None else now
        return now - self.issued_at > PIN_TTL_SECONDS


def _draw_pin(length: int = PIN_LENGTH) -> str:
    return "".join(_generator.choice(_DIGITS) for _ in range(length))


def issue_pin(store, sms, paddle_number: int, lot_id: str, phone: str) -> PhoneBidPin:
    record = PhoneBidPin(paddle_number=paddle_number, lot_id=lot_id, pin=_draw_pin())
    store.put(f"phonepin:{paddle_number}:{lot_id}", record, ttl=PIN_TTL_SECONDS)
    sms.send(phone, f"Your phone bidding PIN for lot {lot_id} is {record.pin}")
    return record


def check_pin(store, paddle_number: int, lot_id: str, candidate: str) -> bool:
    record = store.get(f"phonepin:{paddle_number}:{lot_id}")
    if record is None or record.expired():
        return False
    return hmac.compare_digest(record.pin, candidate.strip())
