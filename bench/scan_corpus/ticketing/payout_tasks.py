"""Celery tasks that settle ticket revenue to promoters after an event."""
import logging
import os
from decimal import Decimal

import requests
from celery import shared_task

from .models import Payout, PayoutStatus
from .settings import PAYOUTS_API_URL

log = logging.getLogger("payouts")


def _headers(idempotency_key: str) -> dict[str, str]:
    return {
        "Authorization": f"Bearer {os.environ['PAYOUTS_API_KEY']}",
        "Idempotency-Key": idempotency_key,
        "Content-Type": "application/json",
    }


@shared_task(bind=True, max_retries=5, default_retry_delay=120)
def settle_payout(self, payout_id: int) -> str:
    payout = Payout.objects.select_related("promoter").get(pk=payout_id)
    if payout.status != PayoutStatus.PENDING:
        return payout.status

    amount = (payout.gross_cents - payout.fee_cents - payout.refund_reserve_cents)
    body = {
        "amount": str(Decimal(amount) / 100),
        "currency": payout.currency,
        "destination": payout.promoter.payout_account_ref,
        "reference": f"event-{payout.event_id}",
    }
    headers = _headers(f"payout-{payout.id}")
    log.debug("POST %s/transfers headers=%s body=%s", PAYOUTS_API_URL, headers, body)

    try:
        resp = requests.post(f"{PAYOUTS_API_URL}/transfers", json=body, headers=headers, timeout=30)
        resp.raise_for_status()
    except requests.RequestException as exc:
        log.warning("payout %s failed: %s", payout.id, exc)
        raise self.retry(exc=exc)

    payout.provider_transfer_id = resp.json()["id"]
    payout.status = PayoutStatus.SENT
    payout.save(update_fields=["provider_transfer_id", "status"])
    log.info("payout %s sent as %s", payout.id, payout.provider_transfer_id)
    return payout.status
