"""Queue worker that charges balance payments when a finished bow is ready to ship.

Card tokens come from the payment provider's vault; we only ever see the token,
the brand and the last four digits.
"""
import asyncio
import logging
import os
from dataclasses import dataclass

import httpx

log = logging.getLogger("orders.balance")
PROVIDER_URL = os.environ.get("PAYMENTS_API_URL", "https://api.payments.example/v1")


@dataclass
class StoredCard:
    token: str
    brand: str
    last4: str


@dataclass
class BalanceJob:
    order_ref: str
    amount_pence: int
    card: StoredCard


def describe_card(card: StoredCard) -> str:
    return f"{card.brand} ending {card.last4}"


async def charge_balance(client: httpx.AsyncClient, job: BalanceJob) -> bool:
    log.info("charging %.2f to %s for order %s", job.amount_pence / 100, describe_card(job.card), job.order_ref)
    resp = await client.post(
        f"{PROVIDER_URL}/charges",
        json={"amount": job.amount_pence, "currency": "gbp",
              "source": job.card.token, "description": f"Balance for bow order {job.order_ref}"},
        headers={"Idempotency-Key": f"balance-{job.order_ref}"},
    )
    if resp.status_code >= 400:
        log.warning("balance charge failed for %s: %s %s",
                    job.order_ref, resp.status_code, resp.json().get("error", {}).get("code"))
        return False
    log.info("balance charged for %s (charge %s)", job.order_ref, resp.json()["id"])
    return True


async def run(queue: "asyncio.Queue[BalanceJob]") -> None:
    headers = {"Authorization": f"Bearer {os.environ['PAYMENTS_SECRET_KEY']}"}
    async with httpx.AsyncClient(headers=headers, timeout=20) as client:
        while True:
            job = await queue.get()
            try:
                await charge_balance(client, job)
            except httpx.HTTPError as exc:
                log.error("payment provider error for %s: %s", job.order_ref, type(exc).__name__)
            finally:
                queue.task_done()
