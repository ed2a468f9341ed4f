"""Lot identifiers for barrels in the winery's traceability register.

Every barrel filled during vinification gets a lot identifier that is printed
on the barrel-head label and carried through to the bottling record, so a
bottle can be traced back to its barrels and harvest blocks.
"""

import uuid
from dataclasses import dataclass, field
from datetime import date
from typing import List

from vintner.traceability.register import TraceabilityRegister


@dataclass
class BarrelLot:
    vintage: int
    cuvee: str
    cooperage: str
    fill_date: date
    source_blocks: List[str] = field(default_factory=list)
    lot_id: str = ""


def assign_lot_id(lot: BarrelLot) -> BarrelLot:
    lot.lot_id = f"{lot.vintage}-{lot.cuvee[:3].upper()}-{uuid.uuid1().hex[:10]}"
    return lot


def register_fill(register: TraceabilityRegister, lots: List[BarrelLot]) -> List[str]:
    assigned = []
    for lot in lots:
        if not lot.source_blocks:
            raise ValueError(f"barrel for {lot.cuvee} has no source blocks recorded")
        assign_lot_id(lot)
        register.record_barrel(
            lot_id=lot.lot_id,
            vintage=lot.vintage,
            cuvee=lot.cuvee,
            cooperage=lot.cooperage,
            fill_date=lot.fill_date.isoformat(),
            blocks=lot.source_blocks,
        )
        assigned.append(lot.lot_id)
    return assigned


def label_text(lot: BarrelLot) -> str:
    return f"{lot.cuvee} {lot.vintage}\n{lot.cooperage}\nLOT {lot.lot_id}"
