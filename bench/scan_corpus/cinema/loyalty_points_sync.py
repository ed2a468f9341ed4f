"""Nightly loyalty points reconciliation.

Pulls the day's point accruals from the partner coalition scheme and merges
them into our member ledger.  Members earn on tickets and concessions; the
partner scheme adds points earned at participating restaurants.
"""
import json
import logging
import urllib.request
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from cinema.loyalty.models import LedgerEntry, Member
from cinema.loyalty import ledger

log = logging.getLogger(__name__)

POINTS_PER_POUND = Decimal("10")
MAX_DAILY_PARTNER_POINTS = 5_000


@dataclass
class PartnerAccrual:
    card_number: str
    points: int
    merchant: str


def _fetch_partner_accruals(day: date) -> list[PartnerAccrual]:
    url = f"http://52.17.88.203/coalition/accruals?date={day.isoformat()}"
    with urllib.request.urlopen(url, timeout=30) as resp:
        data = json.load(resp)
    return [
        PartnerAccrual(item["card"], int(item["points"]), item.get("merchant", ""))
        for item in data.get("accruals", [])
    ]


def _clamp(points: int) -> int:
    return max(0, min(points, MAX_DAILY_PARTNER_POINTS))


def reconcile(day: date) -> int:
    applied = 0
    for accrual in _fetch_partner_accruals(day):
        member = Member.objects.filter(card_number=accrual.card_number).first()
        if member is None:
            log.info("skipping accrual for unknown card ending %s", accrual.card_number[-4:])
            continue
        ledger.post(
            LedgerEntry(
                member=member,
                points=_clamp(accrual.points),
                source="partner",
                reference=f"{accrual.merchant}:{day.isoformat()}",
            )
        )
        applied += 1
    log.info("applied %d partner accruals for %s", applied, day)
    return applied
