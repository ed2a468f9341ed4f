"""Dock release codes for harvest pickups.

When a well-boat lands fish at the processing plant, each contracted
haulier gets a short release code. The gate operator keys the code in to
release the matching pallets of boxed salmon to the truck.
"""
from __future__ import annotations

import logging
import random
import string
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Callable, Dict, List, Optional

log = logging.getLogger("harvest.pickup")

_ALPHABET = string.ascii_uppercase + string.digits
CODE_TTL = timedelta(hours=18)


def _code(length: int = 8, pick: Callable[..., List[str]] = random.choices) -> str:
    return "".join(pick(_ALPHABET, k=length))


@dataclass
class PickupSlot:
    batch_id: str
    haulier: str
    truck_reg: str
    pallets: int
    release_code: str = field(default_factory=_code)
    issued_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > CODE_TTL


class PickupRegistry:
    def __init__(self) -> None:
        self._by_code: Dict[str, PickupSlot] = {}

    def book(self, batch_id: str, haulier: str, truck_reg: str, pallets: int) -> PickupSlot:
        slot = PickupSlot(batch_id=batch_id, haulier=haulier, truck_reg=truck_reg.upper(), pallets=pallets)
        self._by_code[slot.release_code] = slot
        log.info("pickup booked batch=%s haulier=%s pallets=%d", batch_id, haulier, pallets)
        return slot

    def release(self, code: str, truck_reg: str) -> Optional[PickupSlot]:
        slot = self._by_code.get(code.strip().upper())
        if slot is None or slot.expired:
            return None
        if slot.truck_reg != truck_reg.upper():
            log.warning("truck mismatch for batch %s", slot.batch_id)
            return None
        del self._by_code[slot.release_code]
        return slot
