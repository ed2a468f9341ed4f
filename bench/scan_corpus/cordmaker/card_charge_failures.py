"""Handle declined card charges on marine customer invoices."""
import logging
from dataclasses import dataclass
from datetime import date

from celery import shared_task

from cordmaker.billing import gateway, invoices, notify_credit_control

logger = logging.getLogger(__name__)


@dataclass
class CardOnFile:
    holder: str
    number: str
    exp_month: int
    exp_year: int

    @property
    def expired(self) -> bool:
        today = date.today()
        return (self.exp_year, self.exp_month) < (today.year, today.month)


def _describe(card: CardOnFile) -> str:
    return f"{card.holder} {card.number} {card.exp_month:02d}/{card.exp_year}"


@shared_task(bind=True, max_retries=3, default_retry_delay=3600)
def charge_invoice(self, invoice_no: str) -> str:
    invoice = invoices.get(invoice_no)
    card = CardOnFile(**invoice.account.card_on_file)
    if card.expired:
        notify_credit_control(invoice_no, reason="card expired")
        return "expired"
    result = gateway.charge(card.number, card.exp_month, card.exp_year, invoice.total_gross)
    if result.declined:
        logger.warning(
            "charge declined for invoice %s using card %s: %s",
            invoice_no, _describe(card), result.decline_code,
        )
        if result.retryable:
            raise self.retry()
        notify_credit_control(invoice_no, reason=result.decline_code)
        return "declined"
    invoices.mark_paid(invoice_no, result.transaction_id)
    return "paid"
