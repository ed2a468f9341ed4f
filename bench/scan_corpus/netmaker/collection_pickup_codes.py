"""Pickup codes for harbour collection slots.

When a repaired net is bagged and moved to the quay store, the skipper gets a
pickup code by SMS. The quay attendant releases the bag to whoever quotes the
code during the booked collection slot.
"""
import hmac
import random
import string
from datetime import datetime

from netmaker.db import get_session
from netmaker.models import CollectionSlot
from netmaker.notify import send_sms

PICKUP_ALPHABET = string.ascii_uppercase + string.digits
PICKUP_LENGTH = 6


def make_pickup_code(length: int = PICKUP_LENGTH, alphabet: str = PICKUP_ALPHABET) -> str:
    return "".join(random.choices(alphabet, k=length))


def assign_pickup_code(slot_id: int) -> str:
    with get_session() as session:
        slot = session.get(CollectionSlot, slot_id)
        if slot is None:
            raise LookupError(f"collection slot {slot_id} not found")
        slot.pickup_code = make_pickup_code()
        slot.code_issued_at = datetime.utcnow()
        session.commit()
        send_sms(
            slot.skipper.mobile,
            f"Your nets for {slot.vessel.name} are ready at quay store {slot.store_bay}. "
            f"Collection {slot.starts_at:%d %b %H:%M}. Pickup code: {slot.pickup_code}",
        )
        return slot.pickup_code


def release_to_holder(slot_id: int, quoted_code: str, attendant_id: int) -> bool:
    with get_session() as session:
        slot = session.get(CollectionSlot, slot_id)
        if slot is None or slot.released_at is not None:
            return False
        if not hmac.compare_digest(slot.pickup_code, quoted_code.strip().upper()):
            return False
        slot.released_at = datetime.utcnow()
        slot.released_by = attendant_id
        session.commit()
        return True
