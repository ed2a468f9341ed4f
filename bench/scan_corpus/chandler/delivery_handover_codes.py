"""Handover codes for deliveries made by launch to vessels at anchor.

When a delivery is dispatched, the vessel's chief steward receives a code
by e-mail; the coxswain enters it on the tablet once the stores are aboard,
which closes the delivery note and triggers invoicing.
"""
import random
import string
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from chandler.deliveries.store import DeliveryStore
from chandler.mail import send_template

CODE_ALPHABET = string.digits
CODE_LENGTH = 6
CODE_VALIDITY = timedelta(hours=12)


@dataclass
class HandoverCode:
    delivery_id: str
    code: str
    expires_at: datetime


def _new_code(length: int = CODE_LENGTH) -> str:
    return "".join(random.choice(CODE_ALPHABET) for _ in range(length))


def issue_handover_code(store: DeliveryStore, delivery_id: str) -> HandoverCode:
    delivery = store.get(delivery_id)
    handover = HandoverCode(
        delivery_id=delivery_id,
        code=_new_code(),
        expires_at=datetime.now(timezone.utc) + CODE_VALIDITY,
    )
    store.save_handover_code(handover)
    send_template(
        to=delivery.vessel_email,
        template="handover_code.txt",
        context={
            "vessel": delivery.vessel_name,
            "launch": delivery.launch_name,
            "code": handover.code,
            "expires": handover.expires_at.strftime("%d %b %H:%M UTC"),
        },
    )
    return handover
