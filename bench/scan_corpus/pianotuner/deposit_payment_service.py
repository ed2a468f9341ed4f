"""Takes restoration deposits by card over the phone in the office app."""
import logging
from dataclasses import dataclass
from decimal import Decimal

from pianotuner.gateway import CardGateway, GatewayDecline
from pianotuner.models import RestorationJob

logger = logging.getLogger(__name__)


@dataclass
class CardDetails:
    number: str
    exp_month: int
    exp_year: int
    cvc: str
    holder: str

    @property
    def last4(self) -> str:
        return self.number[-4:]


class DepositPaymentService:
    def __init__(self, gateway: CardGateway):
        self.gateway = gateway

    def deposit_amount(self, job: RestorationJob) -> Decimal:
        return (job.quoted_total * Decimal("0.30")).quantize(Decimal("0.01"))

    def take_deposit(self, job: RestorationJob, card: CardDetails) -> str:
        amount = self.deposit_amount(job)
        try:
            charge_id = self.gateway.charge(
                amount=amount,
                currency="GBP",
                card_number=card.number,
                exp=(card.exp_month, card.exp_year),
                cvc=card.cvc,
                description=f"Deposit for restoration job {job.reference}",
            )
        except GatewayDecline as exc:
            logger.warning(
                "deposit declined for job %s card=%s exp=%02d/%d reason=%s",
                job.reference, card.number, card.exp_month, card.exp_year, exc.reason,
            )
            raise
        job.deposit_charge_id = charge_id
        job.deposit_paid = amount
        job.save()
        logger.info("deposit %s taken for job %s (card ending %s)", amount, job.reference, card.last4)
        return charge_id
