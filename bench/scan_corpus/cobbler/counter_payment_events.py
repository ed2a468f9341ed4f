"""Event log for card-present payments from the counter card reader.

The card reader reports each transaction result; we keep a structured
log for reconciliation with the acquirer's settlement file.
"""
import structlog
from pydantic import BaseModel

from cobbler.repositories import payment_repo

log = structlog.get_logger("cobbler.payments.reader")


class ReaderResult(BaseModel):
    terminal_id: str
    ticket_no: str
    amount_cents: int
    approved: bool
    auth_code: str | None = None
    card_brand: str
    masked_pan: str
    response_code: str


def last_four(masked_pan: str) -> str:
    return masked_pan[-4:]


def record_reader_result(result: ReaderResult) -> None:
    payment_repo.save_reader_result(result.model_dump())
    event = "reader_approved" if result.approved else "reader_declined"
    log.info(
        event,
        terminal=result.terminal_id,
        ticket_no=result.ticket_no,
        amount_cents=result.amount_cents,
        brand=result.card_brand,
        card_last4=last_four(result.masked_pan),
        response_code=result.response_code,
    )


def reconcile(settlement_rows: list[dict]) -> list[str]:
    missing = []
    for row in settlement_rows:
        if not payment_repo.has_auth_code(row["auth_code"]):
            log.warning("settlement_unmatched", line=row["line_no"], amount=row["amount_cents"])
            missing.append(row["auth_code"])
    return missing
