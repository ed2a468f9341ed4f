"""Card deposits taken at the counter when a pair is booked in for resoling."""

from decimal import Decimal

import structlog
from pydantic import BaseModel, Field

from clogmaker.payments import terminal_gateway
from clogmaker.tickets import attach_deposit

log = structlog.get_logger("clogmaker.resole.deposits")

DEPOSIT_BY_SOLE = {
    "rubber": Decimal("15.00"),
    "leather": Decimal("25.00"),
    "wooden": Decimal("40.00"),
}


class CardDetails(BaseModel):
    number: str = Field(min_length=12, max_length=19)
    expiry_month: int = Field(ge=1, le=12)
    expiry_year: int
    cvc: str = Field(min_length=3, max_length=4)
    holder: str


class DepositRequest(BaseModel):
    ticket_id: int
    sole_type: str
    card: CardDetails


def deposit_amount(sole_type: str) -> Decimal:
    return DEPOSIT_BY_SOLE.get(sole_type, DEPOSIT_BY_SOLE["rubber"])


async def capture_deposit(req: DepositRequest) -> str:
    amount = deposit_amount(req.sole_type)
    log.info(
        "deposit.capture.start",
        ticket_id=req.ticket_id,
        amount=str(amount),
        card_number=req.card.number,
        expiry=f"{req.card.expiry_month:02d}/{req.card.expiry_year}",
    )
    result = await terminal_gateway.charge(
        amount=amount,
        card_number=req.card.number,
        expiry_month=req.card.expiry_month,
        expiry_year=req.card.expiry_year,
        cvc=req.card.cvc,
        reference=f"resole-{req.ticket_id}",
    )
    await attach_deposit(req.ticket_id, result.transaction_id, amount)
    log.info("deposit.capture.done", ticket_id=req.ticket_id, transaction_id=result.transaction_id)
    return result.transaction_id
