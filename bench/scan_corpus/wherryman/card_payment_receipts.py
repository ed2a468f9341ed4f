"""Receipts and audit entries for card payments on board.

Conductors take contactless payments on a handheld; the handheld posts
a completed transaction here and we log it for end-of-day cashing up.
"""
import logging
from dataclasses import dataclass

from wherryman.sales import record_onboard_sale

log = logging.getLogger("wherryman.onboard")


@dataclass
class OnboardTransaction:
    vessel: str
    conductor_id: int
    amount_pence: int
    pan: str
    auth_code: str


def masked_pan(pan: str) -> str:
    digits = "".join(ch for ch in pan if ch.isdigit())
    return "*" * max(len(digits) - 4, 0) + digits[-4:]


def receipt_text(tx: OnboardTransaction) -> str:
    return (
        f"Wherryman - {tx.vessel}\n"
        f"Card {masked_pan(tx.pan)}\n"
        f"Amount GBP {tx.amount_pence / 100:.2f}\n"
        f"Auth {tx.auth_code}\n"
    )


def accept_transaction(tx: OnboardTransaction) -> str:
    sale_id = record_onboard_sale(
        vessel=tx.vessel,
        conductor_id=tx.conductor_id,
        amount_pence=tx.amount_pence,
        card_last4=tx.pan[-4:],
        auth_code=tx.auth_code,
    )
    log.info(
        "onboard sale %s on %s by conductor %s: %d pence on card %s",
        sale_id, tx.vessel, tx.conductor_id, tx.amount_pence, masked_pan(tx.pan),
    )
    return receipt_text(tx)
