"""Card-not-present checkout for gallery pieces reserved by phone."""

from dataclasses import asdict, dataclass
from decimal import Decimal

import structlog

from hotshop.config import settings
from hotshop.gateway import GatewayError, charge_card
from hotshop.gallery import mark_piece_sold

log = structlog.get_logger("gallery.pos")


@dataclass
class CardDetails:
    holder: str
    number: str
    expiry_month: int
    expiry_year: int
    cvc: str


@dataclass
class PhoneSale:
    piece_id: int
    price: Decimal
    buyer_email: str
    taken_by: str


def _charge_context(sale: PhoneSale, card: CardDetails) -> dict:
    return {
        "piece_id": sale.piece_id,
        "amount": str(sale.price),
        "staff": sale.taken_by,
        "card": asdict(card),
    }


def take_phone_payment(sale: PhoneSale, card: CardDetails) -> str:
    context = _charge_context(sale, card)
    log.info("gallery.phone_sale.charging", **context)
    try:
        charge_id = charge_card(
            amount=sale.price,
            currency=settings.CURRENCY,
            number=card.number,
            exp_month=card.expiry_month,
            exp_year=card.expiry_year,
            cvc=card.cvc,
            description=f"Gallery piece #{sale.piece_id}",
        )
    except GatewayError as exc:
        log.warning("gallery.phone_sale.declined", piece_id=sale.piece_id, reason=exc.code)
        raise
    mark_piece_sold(sale.piece_id, buyer_email=sale.buyer_email, charge_id=charge_id)
    log.info("gallery.phone_sale.completed", piece_id=sale.piece_id, charge_id=charge_id)
    return charge_id
