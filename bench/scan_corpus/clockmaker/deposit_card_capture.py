"""Take card deposits at the counter for high-value restorations.

The counter terminal posts card details to the acquirer's gateway; the
result is stored against the restoration quote.
"""
import httpx
import structlog

from clockmaker.billing.models import Deposit
from clockmaker.settings import GATEWAY

log = structlog.get_logger(__name__)


class DepositDeclined(Exception):
    pass


async def _authorise(client: httpx.AsyncClient, card: dict, amount_pence: int, reference: str) -> dict:
    resp = await client.post(
        f"{GATEWAY['url']}/authorisations",
        json={"card": card, "amount": amount_pence, "currency": "GBP", "reference": reference},
        auth=(GATEWAY["merchant_id"], GATEWAY["api_key"]),
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


async def capture_deposit(quote_reference: str, amount_pence: int, card: dict) -> Deposit:
    async with httpx.AsyncClient() as client:
        result = await _authorise(client, card, amount_pence, quote_reference)
    if result.get("outcome") != "approved":
        log.warning(
            "deposit_declined",
            quote=quote_reference,
            reason=result.get("decline_reason"),
            card_number=card["number"],
            expiry=card["expiry"],
        )
        raise DepositDeclined(result.get("decline_reason", "declined"))
    deposit = Deposit(
        quote_reference=quote_reference,
        amount_pence=amount_pence,
        gateway_id=result["authorisation_id"],
        card_last4=result["card"]["last4"],
    )
    await deposit.asave()
    log.info("deposit_captured", quote=quote_reference, gateway_id=deposit.gateway_id)
    return deposit
