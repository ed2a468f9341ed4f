"""Refunds of card top-ups when a tag account is closed.

When a motorist closes their account the remaining balance is refunded to
the card that funded the most recent top-up.
"""
import logging
from decimal import Decimal

import httpx

from tollkeeper.config import settings
from tollkeeper.repositories import card_topups, tag_accounts

log = logging.getLogger(__name__)


def mask_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return f"{digits[:6]}******{digits[-4:]}" if len(digits) >= 12 else "****"


async def refund_closing_balance(account_id: int) -> str | None:
    account = await tag_accounts.get(account_id)
    balance: Decimal = account.balance
    if balance <= 0:
        return None
    last = await card_topups.latest_for_account(account_id)
    if last is None:
        log.warning("account %s has balance %s but no card top-up to refund", account_id, balance)
        return None
    masked = mask_pan(last.card_pan)
    log.info("refunding %s to card %s for account %s", balance, masked, account_id)
    async with httpx.AsyncClient(base_url=settings.ACQUIRER_URL, timeout=30) as client:
        response = await client.post(
            f"/v1/charges/{last.charge_id}/refunds",
            json={"amount": int(balance * 100), "reason": "account_closed"},
            auth=(settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_API_KEY),
        )
    if response.status_code != 201:
        log.error(
            "refund failed for account %s card %s status=%s",
            account_id,
            masked,
            response.status_code,
        )
        response.raise_for_status()
    refund_id = response.json()["refund_id"]
    await tag_accounts.zero_balance(account_id, refund_reference=refund_id)
    return refund_id
