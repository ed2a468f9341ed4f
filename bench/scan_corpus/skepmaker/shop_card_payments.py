"""Card charging for shop orders through the acquiring bank's REST gateway."""
import logging
from dataclasses import asdict, dataclass

import httpx

from skepmaker.config import settings

log = logging.getLogger("skepmaker.shop.payments")


@dataclass
class CardDetails:
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str
    holder: str


@dataclass
class ChargeRequest:
    order_reference: str
    amount_pence: int
    currency: str
    card: CardDetails

    def to_payload(self) -> dict:
        return asdict(self)


class CardGateway:
    def __init__(self, base_url: str = settings.ACQUIRER_URL, api_key: str = settings.ACQUIRER_API_KEY):
        self.client = httpx.Client(
            base_url=base_url,
            headers={"Authorization": f"Bearer {api_key}"},
            timeout=30.0,
        )

    def charge(self, request: ChargeRequest) -> dict:
        payload = request.to_payload()
        log.info("submitting charge for order %s: %s", request.order_reference, payload)
        response = self.client.post("/v2/charges", json=payload)
        if response.status_code == 402:
            log.warning("charge declined for order %s", request.order_reference)
            return {"status": "declined"}
        response.raise_for_status()
        body = response.json()
        log.info("charge %s accepted for order %s", body["id"], request.order_reference)
        return {"status": "paid", "charge_id": body["id"]}


def charge_order(order, card_form: dict) -> dict:
    card = CardDetails(
        number=card_form["number"].replace(" ", ""),
        expiry_month=int(card_form["exp_month"]),
        expiry_year=int(card_form["exp_year"]),
        cvc=card_form["cvc"],
        holder=card_form["name"],
    )
    request = ChargeRequest(order.reference, order.total_pence, "GBP", card)
    return CardGateway().charge(request)
