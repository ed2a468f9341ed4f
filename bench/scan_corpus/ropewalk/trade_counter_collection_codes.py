"""Collection codes for customer pick-ups at the ropewalk trade counter.

When a climbing shop or marina collects an order in person, counter staff ask
for the six-digit code texted to the buyer when the order was marked ready;
the goods are released only against the right code.
"""
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from ropewalk.dispatch.sms import send_sms
from ropewalk.dispatch.store import OrderStore

CODE_TTL = timedelta(hours=72)
MAX_TRIES = 5


@dataclass
class CollectionCode:
    order_ref: str
    code: str
    issued_at: datetime
    attempts: int = 0

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > CODE_TTL


def issue_collection_code(store: OrderStore, order_ref: str, mobile: str) -> None:
    code = f"{secrets.randbelow(1_000_000):06d}"
    store.save_collection_code(CollectionCode(order_ref, code, datetime.now(timezone.utc)))
    send_sms(mobile, f"Your Ropewalk order {order_ref} is ready to collect. Code: {code}")


def release_order(store: OrderStore, order_ref: str, entered_code: str, staff_id: str) -> bool:
    record = store.get_collection_code(order_ref)
    if record is None or record.expired or record.attempts >= MAX_TRIES:
        return False
    if entered_code.strip() == record.code:
        store.mark_collected(order_ref, staff_id=staff_id)
        store.delete_collection_code(order_ref)
        return True
    record.attempts += 1
    store.save_collection_code(record)
    return False
