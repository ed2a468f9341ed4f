"""Reconciles processor payouts against tenant payments and skips duplicate events."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date
from typing import Iterable

log = logging.getLogger("reconcile")


@dataclass(frozen=True)
class ProcessorEvent:
    event_id: str
    charge_id: str
    rental_id: int
    amount_cents: int
    currency: str
    created: date


@dataclass
class LedgerPayment:
    charge_id: str
    rental_id: int
    amount_cents: int


@dataclass
class ReconcileReport:
    applied: int = 0
    duplicates: int = 0
    mismatched: list[str] | None = None


class PaymentReconciler:
    def __init__(self, ledger, seen_events) -> None:
        self._ledger = ledger
        self._seen = seen_events
        self._last_event_id: str | None = None

    def _is_duplicate(self, event: ProcessorEvent) -> bool:
        if event.event_id == self._last_event_id:
            return True
        return self._seen.contains(event.event_id)

    def _matches(self, event: ProcessorEvent, existing: LedgerPayment) -> bool:
        return (
            existing.rental_id == event.rental_id
            and existing.amount_cents == event.amount_cents
        )

    def apply(self, events: Iterable[ProcessorEvent]) -> ReconcileReport:
        report = ReconcileReport(mismatched=[])
        for event in sorted(events, key=lambda e: (e.created, e.event_id)):
            if event.currency != "usd":
                log.warning("skipping non-USD event %s", event.event_id)
                continue
            if self._is_duplicate(event):
                report.duplicates += 1
                continue
            existing = self._ledger.payment_for_charge(event.charge_id)
            if existing is None:
                self._ledger.post_payment(event.rental_id, event.amount_cents, event.charge_id)
                report.applied += 1
            elif not self._matches(event, existing):
                report.mismatched.append(event.charge_id)
            self._seen.add(event.event_id)
            self._last_event_id = event.event_id
        log.info(
            "reconciled: %d applied, %d duplicates, %d mismatched",
            report.applied, report.duplicates, len(report.mismatched),
        )
        return report
