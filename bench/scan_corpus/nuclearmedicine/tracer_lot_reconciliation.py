"""Reconcile supplier delivery notes with dose calibrator receipts.

When a shipment arrives the technologist assays it; this job matches the
supplier's delivery note (lot number, product, nominal activity) against
the receipt entries and flags discrepancies for the radiopharmacist.
"""
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Iterable

log = logging.getLogger("nm.lot_reconcile")

ACTIVITY_TOLERANCE = 0.10


@dataclass(frozen=True)
class DeliveryLine:
    lot_number: str
    product_code: str
    nominal_mbq: float
    calibration_at: datetime


@dataclass(frozen=True)
class Receipt:
    lot_number: str
    product_code: str
    measured_mbq: float
    measured_at: datetime
    status: str


@dataclass
class Discrepancy:
    lot_number: str
    reason: str


def _expected_at(line: DeliveryLine, when: datetime, half_life_h: float) -> float:
    hours = (when - line.calibration_at).total_seconds() / 3600.0
    return line.nominal_mbq * 0.5 ** (hours / half_life_h)


def reconcile(lines: Iterable[DeliveryLine], receipts: Iterable[Receipt],
              half_lives_h: dict[str, float]) -> list[Discrepancy]:
    by_lot = {r.lot_number: r for r in receipts}
    problems: list[Discrepancy] = []
    for line in lines:
        receipt = by_lot.get(line.lot_number)
        if receipt is None:
            problems.append(Discrepancy(line.lot_number, "not received"))
            continue
        if receipt.product_code != line.product_code:
            problems.append(Discrepancy(line.lot_number,
                                        f"product {receipt.product_code} != {line.product_code}"))
            continue
        if receipt.status == "quarantined":
            problems.append(Discrepancy(line.lot_number, "quarantined on receipt"))
            continue
        expected = _expected_at(line, receipt.measured_at, half_lives_h[line.product_code])
        if abs(receipt.measured_mbq - expected) > ACTIVITY_TOLERANCE * expected:
            problems.append(Discrepancy(
                line.lot_number,
                f"measured {receipt.measured_mbq:.0f} MBq vs expected {expected:.0f} MBq",
            ))
    for p in problems:
        log.warning("lot %s: %s", p.lot_number, p.reason)
    return problems
