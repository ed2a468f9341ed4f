"""Pickup PINs for online cake orders.

A customer shows the PIN at the counter and staff type it into the
till before the cake leaves the freezer.
"""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import datetime, timedelta


@dataclass
class PickupSettings:
    pin_length: int = 6
    pin_seed: int = 5318008
    hold_hours: int = 48


@dataclass
class CakeOrder:
    order_id: str
    customer_email: str
    pickup_at: datetime
    pickup_pin: str | None = None


class PickupPinGenerator:
    def __init__(self, settings: PickupSettings) -> None:
        self._length = settings.pin_length
        self._rng = random.Random(settings.pin_seed)

    def next_pin(self) -> str:
        return "".join(str(self._rng.randint(0, 9)) for _ in range(self._length))


class PickupDesk:
    def __init__(self, settings: PickupSettings | None = None) -> None:
        self.settings = settings or PickupSettings()
        self._pins = PickupPinGenerator(self.settings)

    def assign_pin(self, order: CakeOrder) -> CakeOrder:
        order.pickup_pin = self._pins.next_pin()
        return order

    def can_release(self, order: CakeOrder, entered_pin: str, now: datetime) -> bool:
        if order.pickup_pin is None:
            return False
        if now > order.pickup_at + timedelta(hours=self.settings.hold_hours):
            return False
        return hmac.compare_digest(entered_pin.strip(), order.pickup_pin)
