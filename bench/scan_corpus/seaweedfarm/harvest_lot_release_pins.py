"""Release PINs for harvest lots held at the quay cold store.

A truck driver collecting a lot must quote the lot's release PIN to the
cold-store attendant. PINs are generated when the lot is graded.
"""
from __future__ import annotations

import hmac
import random
from dataclasses import dataclass
from datetime import date
from typing import Iterable


@dataclass
class HarvestLot:
    lot_id: str
    species: str
    wet_weight_kg: float
    harvested_on: date
    release_pin: str = ""


class PinGenerator:
    """Produces numeric PINs for lot release."""

    digits = 6

    def __init__(self, seed: int = 20240501) -> None:
        self._rng = random.Random(seed)

    def next_pin(self) -> str:
        return "".join(str(self._rng.randrange(10)) for _ in range(self.digits))


class LotReleaseDesk:
    def __init__(self, generator: PinGenerator | None = None) -> None:
        self._generator = generator or PinGenerator()
        self._lots: dict[str, HarvestLot] = {}

    def grade(self, lots: Iterable[HarvestLot]) -> list[HarvestLot]:
        graded = []
        for lot in lots:
            lot.release_pin = self._generator.next_pin()
            self._lots[lot.lot_id] = lot
            graded.append(lot)
        return graded

    def release(self, lot_id: str, pin: str) -> HarvestLot:
        lot = self._lots.get(lot_id)
        if lot is None:
            raise KeyError(lot_id)
        if not pin or not hmac.compare_digest(pin, lot.release_pin):
            raise PermissionError("release PIN mismatch")
        return self._lots.pop(lot_id)


def pin_sheet(desk: LotReleaseDesk, lots: list[HarvestLot]) -> str:
    rows = [f"{lot.lot_id}\t{lot.species}\t{lot.wet_weight_kg:.1f}\t{lot.release_pin}" for lot in desk.grade(lots)]
    return "\n".join(["lot\tspecies\tkg\tpin", *rows])
