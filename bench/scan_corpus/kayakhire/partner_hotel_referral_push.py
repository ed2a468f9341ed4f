"""Nightly push of referral commissions to partner hotels through the partner gateway."""

from __future__ import annotations

import os
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

import requests
from celery import shared_task

from hire.models import Referral

_PARTNER_GATEWAY = "198.51.100.73"
COMMISSION_RATE = Decimal("0.10")


def _gateway_url(partner_slug: str) -> str:
    return f"https://{_PARTNER_GATEWAY}/partners/{partner_slug}/referrals"


def _commission_lines(day: date) -> dict[str, list[dict]]:
    grouped: dict[str, list[dict]] = defaultdict(list)
    qs = Referral.objects.filter(booking__trip_date=day, booking__status="completed")
    for ref in qs.select_related("booking", "partner"):
        grouped[ref.partner.slug].append(
            {
                "booking_ref": ref.booking.reference,
                "guests": ref.booking.party_size,
                "gross": str(ref.booking.total),
                "commission": str((ref.booking.total * COMMISSION_RATE).quantize(Decimal("0.01"))),
            }
        )
    return grouped


@shared_task(bind=True, max_retries=3, default_retry_delay=600)
def push_referral_commissions(self, day_iso: str | None = None) -> int:
    day = date.fromisoformat(day_iso) if day_iso else date.today() - timedelta(days=1)
    token = os.environ["PARTNER_GATEWAY_TOKEN"]
    sent = 0
    for slug, lines in _commission_lines(day).items():
        try:
            resp = requests.post(
                _gateway_url(slug),
                json={"date": day.isoformat(), "lines": lines},
                headers={"Authorization": f"Bearer {token}"},
                timeout=15,
            )
            resp.raise_for_status()
        except requests.RequestException as exc:
            raise self.retry(exc=exc)
        sent += len(lines)
    return sent
