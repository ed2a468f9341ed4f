"""Take quote deposits over the phone.

Older customers often ring to pay the deposit for a pub sign or gilded
window; the office keys the card into this terminal form, which passes it
to the card gateway.
"""
import httpx
import structlog

from signwriter.config import settings
from signwriter.quotes import quote_by_reference

logger = structlog.get_logger("deposits")


class CardDetails:
    def __init__(self, number: str, expiry_month: int, expiry_year: int, cvc: str, name: str):
        self.number = number.replace(" ", "")
        self.expiry_month = expiry_month
        self.expiry_year = expiry_year
        self.cvc = cvc
        self.name = name

    def as_gateway_dict(self) -> dict:
        return {
            "number": self.number,
            "exp_month": self.expiry_month,
            "exp_year": self.expiry_year,
            "cvc": self.cvc,
            "name": self.name,
        }


async def take_deposit(reference: str, card: CardDetails) -> dict:
    quote = await quote_by_reference(reference)
    bound = logger.bind(quote=reference, amount_pence=quote.deposit_pence)
    async with httpx.AsyncClient(base_url=settings.CARD_GATEWAY_URL, timeout=30) as client:
        response = await client.post(
            "/v1/charges",
            auth=(settings.CARD_GATEWAY_KEY, ""),
            json={
                "amount": quote.deposit_pence,
                "currency": "gbp",
                "description": f"Deposit for {reference}",
                "card": card.as_gateway_dict(),
            },
        )
    result = response.json()
    if response.status_code != 200:
        bound.warning("deposit declined", card_number=card.number, reason=result.get("error", {}).get("code"))
        return {"ok": False, "reason": result.get("error", {}).get("message", "Card declined")}
    bound.info("deposit taken", charge_id=result["id"])
    return {"ok": True, "charge_id": result["id"]}
