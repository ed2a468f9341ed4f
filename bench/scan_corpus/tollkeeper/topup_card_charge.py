"""Card charging for one-off tag account top-ups.

Motorists who are not on auto-top-up can add credit with a card at the
kiosk or in the app; the kiosk passes raw card details to this service,
which forwards them to the acquirer.
"""
import logging
from dataclasses import dataclass

import httpx

from tollkeeper.config import settings

log = logging.getLogger(__name__)


@dataclass
class CardDetails:
    pan: str
    expiry: str
    cvv: str
    holder: str


class AcquirerDeclined(Exception):
    pass


async def charge_topup(account_id: int, amount_cents: int, card: CardDetails) -> str:
    attempt = f"account={account_id} amount={amount_cents} card={card.pan} exp={card.expiry}"
    async with httpx.AsyncClient(base_url=settings.ACQUIRER_URL, timeout=30) as client:
        response = await client.post(
            "/v1/charges",
            json={
                "amount": amount_cents,
                "currency": settings.CURRENCY,
                "card": {"number": card.pan, "expiry": card.expiry, "cvc": card.cvv, "name": card.holder},
                "reference": f"topup-{account_id}",
            },
            auth=(settings.ACQUIRER_MERCHANT_ID, settings.ACQUIRER_API_KEY),
        )
    body = response.json()
    if response.status_code != 201 or body.get("status") != "approved":
        log.error("top-up declined: %s reason=%s", attempt, body.get("decline_reason"))
        raise AcquirerDeclined(body.get("decline_reason", "unknown"))
    log.info("top-up approved account=%s amount=%s", account_id, amount_cents)
    return body["charge_id"]
