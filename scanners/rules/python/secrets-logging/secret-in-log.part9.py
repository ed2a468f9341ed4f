"""Box-office card payments taken over the phone for theatre bookings."""
import logging
from dataclasses import asdict, dataclass
from decimal import Decimal

import httpx
from pydantic import BaseModel

log = logging.getLogger("boxoffice.payments")


@dataclass
class CardDetails:
    card_number: str
    expiry: str
    cvc: str


@dataclass
class PhonePayment:
    booking_ref: str
    amount: Decimal
    card: CardDetails

    def to_gateway(self) -> dict:
        body = asdict(self)
        body["amount"] = str(self.amount)
        return body

    def summary(self) -> dict:
        return {"booking": self.booking_ref, "last4": self.card.card_number[-4:]}


class RefundRequest(BaseModel):
    booking_ref: str
    pan: str
    cvv: str


@dataclass
class Receipt:
    booking_ref: str
    seats: int


def _charge_body(booking_ref: str, card: CardDetails) -> dict:
    return {"reference": booking_ref, "method": {"type": "card", **asdict(card)}}


def take_payment(payment: PhonePayment) -> None:
    # ruleid: secret-in-log
    log.info("charging booking %s: %s", payment.booking_ref, asdict(payment))
    body = payment.to_gateway()
    # ruleid: secret-in-log
    log.debug("gateway body %s", body)
    # ok: secret-in-log
    log.info("charging %s", payment.summary())
    httpx.post("https://gateway.example.net/v1/charges", json=body, timeout=10)


def refund(request: RefundRequest) -> None:
    # ruleid: secret-in-log
    log.warning("refund refused: %s", request.model_dump())


def charge_card(booking_ref: str, card: CardDetails) -> None:
    payload = _charge_body(booking_ref, card)
    # ruleid: secret-in-log
    log.info("card charge payload %s", payload)


def issue_receipt(receipt: Receipt) -> None:
    # ok: secret-in-log
    log.info("receipt issued: %s", asdict(receipt))


@dataclass
class GiftCardPurchase:
    voucher_ref: str
    card: CardDetails


def _purchase_body(req: GiftCardPurchase) -> dict:
    body = asdict(req)
    body["channel"] = "phone"
    return body


def buy_voucher(req: GiftCardPurchase) -> None:
    body = _purchase_body(req)
    # ruleid: secret-in-log
    log.info("voucher purchase %s", body)
