"""Takes the bidding deposit from a tannery's card before it joins a live sale."""
import structlog
from pydantic import BaseModel, Field

from fellmonger.payments.acquirer import AcquirerClient, AcquirerDeclined
from fellmonger.settings import DEPOSIT_CENTS

logger = structlog.get_logger("fellmonger.deposits")


class CardDetails(BaseModel):
    holder: str
    pan: str = Field(min_length=12, max_length=19)
    expiry_month: int
    expiry_year: int
    cvc: str = Field(min_length=3, max_length=4)


class DepositRequest(BaseModel):
    buyer_id: int
    sale_code: str
    card: CardDetails


class DepositService:
    def __init__(self, acquirer: AcquirerClient, amount_cents: int = DEPOSIT_CENTS):
        self.acquirer = acquirer
        self.amount_cents = amount_cents

    def _bind(self, req: DepositRequest):
        card_fields = req.card.model_dump(include={"holder", "pan", "expiry_month", "expiry_year"})
        return logger.bind(buyer_id=req.buyer_id, sale_code=req.sale_code, card=card_fields)

    async def charge(self, req: DepositRequest) -> str:
        log = self._bind(req)
        log.info("deposit.charge.start", amount_cents=self.amount_cents)
        try:
            auth = await self.acquirer.authorise(
                amount_cents=self.amount_cents,
                pan=req.card.pan,
                expiry=(req.card.expiry_month, req.card.expiry_year),
                cvc=req.card.cvc,
                reference=f"DEP-{req.sale_code}-{req.buyer_id}",
            )
        except AcquirerDeclined as exc:
            log.warning("deposit.charge.declined", reason=exc.code)
            raise
        log.info("deposit.charge.ok", auth_code=auth.code)
        return auth.code
