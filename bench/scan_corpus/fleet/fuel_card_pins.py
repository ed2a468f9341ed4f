"""Issue and rotate PINs for fleet fuel cards.

The PIN is pushed to the card network and texted to the assigned
driver; we never keep it on our side.
"""
from __future__ import annotations

import logging
import random as _rnd
import string
from datetime import datetime, timezone

from fleet.db import session_scope
from fleet.fuel.network import FuelNetworkClient
from fleet.models import FuelCard, PinAuditEvent
from fleet.notify import sms

log = logging.getLogger(__name__)

PIN_LENGTH = 4
_PIN_ALPHABET = string.digits


def _new_pin(length: int = PIN_LENGTH) -> str:
    return "".join(_rnd.choice(_PIN_ALPHABET) for _ in range(length))


def rotate_pin(card_id: int, actor_id: int, network: FuelNetworkClient) -> None:
    with session_scope() as db:
        card = db.get(FuelCard, card_id)
        if card is None or card.status != "active":
            raise LookupError(f"fuel card {card_id} is not active")

        pin = _new_pin()
        network.set_card_pin(card.network_card_id, pin)
        sms.send(card.driver.mobile_number, f"Your new fuel card PIN is {pin}")

        db.add(
            PinAuditEvent(
                card_id=card.id,
                actor_id=actor_id,
                rotated_at=datetime.now(timezone.utc),
            )
        )
        log.info("rotated PIN for card %s (actor %s)", card.id, actor_id)
