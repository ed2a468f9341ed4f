"""Pickup PINs for tyre hotel wheel sets.

When a customer leaves a wheel set in seasonal storage they get a six digit
PIN printed on the storage receipt. The counter staff ask for the PIN before
a set is pulled from the rack and handed over.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date

from tyrehotel.db import StorageRepository
from tyrehotel.printing import print_receipt

PIN_LENGTH = 6


@dataclass
class SeasonConfig:
    season: str
    warehouse_code: str
    rng_seed: int = 20240915


class ClaimCodeGenerator:
    """Hands out PINs for one warehouse during one storage season."""

    def __init__(self, config: SeasonConfig) -> None:
        self.config = config
        self._rng = random.Random(config.rng_seed)

    def next_pin(self) -> str:
        return "".join(self._rng.choice(string.digits) for _ in range(PIN_LENGTH))


def check_in_wheel_set(
    repo: StorageRepository,
    generator: ClaimCodeGenerator,
    plate: str,
    rack_slot: str,
    tread_depths_mm: tuple[float, float, float, float],
) -> str:
    pin = generator.next_pin()
    record_id = repo.create_storage_record(
        plate=plate.upper().replace(" ", ""),
        rack_slot=rack_slot,
        season=generator.config.season,
        warehouse=generator.config.warehouse_code,
        tread_depths=list(tread_depths_mm),
        pickup_pin=pin,
        checked_in=date.today(),
    )
    print_receipt(record_id=record_id, plate=plate, rack_slot=rack_slot, pin=pin)
    return pin


def release_wheel_set(repo: StorageRepository, plate: str, pin: str) -> str | None:
    record = repo.find_active_by_plate(plate.upper().replace(" ", ""))
    if record is None or not repo.pin_matches(record.id, pin):
        return None
    repo.mark_released(record.id, released=date.today())
    return record.rack_slot
