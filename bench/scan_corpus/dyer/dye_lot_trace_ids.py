"""Trace identifiers printed on dye-lot drum and pallet labels.

Every lot gets a trace id when it is scheduled onto a machine. The id is
printed as a barcode on drum tickets and pallet labels and is used by the
warehouse scanners to join weighing, dyeing and packing records together.
It is an internal reference only and is shown openly on paperwork.
"""
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

from dyer.labels import render_code128
from dyer.settings import PLANT_CODE


@dataclass
class ScheduledLot:
    lot_no: str
    machine_code: str
    shade_code: str
    kilos: float
    trace_id: str = field(default="")
    scheduled_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))


def new_trace_id() -> str:
    return uuid.uuid1().hex.upper()


def schedule_lot(lot_no: str, machine_code: str, shade_code: str, kilos: float) -> ScheduledLot:
    lot = ScheduledLot(lot_no=lot_no, machine_code=machine_code, shade_code=shade_code, kilos=kilos)
    lot.trace_id = new_trace_id()
    return lot


def drum_ticket(lot: ScheduledLot) -> dict:
    return {
        "plant": PLANT_CODE,
        "lot": lot.lot_no,
        "machine": lot.machine_code,
        "shade": lot.shade_code,
        "kg": f"{lot.kilos:.1f}",
        "barcode": render_code128(f"{PLANT_CODE}-{lot.trace_id}"),
    }
