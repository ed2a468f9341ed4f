"""Background worker that refunds cancelled session bookings.

When a session is cancelled by the venue (rain on the outdoor loop,
track maintenance) the booking service queues a refund job. This worker
calls the card gateway and records the outcome.
"""
from __future__ import annotations

import logging
import os
import time
from dataclasses import dataclass

import httpx

log = logging.getLogger("kartcentre.refunds")


@dataclass(frozen=True)
class RefundJob:
    booking_ref: str
    charge_id: str
    amount_pence: int
    customer_email: str


def _mask_email(email: str) -> str:
    local, _, domain = email.partition("@")
    return f"{local[:1]}***@{domain}" if domain else "***"


class RefundWorker:
    def __init__(self, queue, store) -> None:
        self.queue = queue
        self.store = store
        self.client = httpx.Client(
            base_url=os.environ["PAYMENT_GATEWAY_URL"],
            headers={"Authorization": f"Bearer {os.environ['PAYMENT_GATEWAY_SECRET_KEY']}"},
            timeout=15.0,
        )

    def refund(self, job: RefundJob) -> bool:
        resp = self.client.post(
            f"/v2/charges/{job.charge_id}/refunds",
            json={"amount": job.amount_pence, "reason": "venue_cancellation"},
            headers={"Idempotency-Key": f"refund-{job.booking_ref}"},
        )
        if resp.status_code >= 400:
            log.warning(
                "refund for booking %s (%s) failed with HTTP %s",
                job.booking_ref,
                _mask_email(job.customer_email),
                resp.status_code,
            )
            return False
        self.store.mark_refunded(job.booking_ref, resp.json()["id"])
        log.info("refunded %d pence for booking %s", job.amount_pence, job.booking_ref)
        return True

    def run_forever(self, idle_sleep: float = 2.0) -> None:
        while True:
            job = self.queue.pop()
            if job is None:
                time.sleep(idle_sleep)
                continue
            try:
                ok = self.refund(RefundJob(**job))
            except httpx.HTTPError as exc:
                log.error("gateway error for booking %s: %s", job.get("booking_ref"), type(exc).__name__)
                ok = False
            if not ok:
                self.queue.retry_later(job)
