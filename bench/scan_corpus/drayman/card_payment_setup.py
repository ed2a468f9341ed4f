"""Card-on-file setup for pubs paying invoices by card.

The portal's card form posts to the acquirer's tokenisation endpoint from the
browser; we only receive the token and the card summary back, which is
stored against the pub account and shown on statements.
"""
import logging
from dataclasses import dataclass

from sqlalchemy.orm import Session

from drayman.models import PubAccount, StoredCard

log = logging.getLogger("drayman.billing.cards")


@dataclass
class TokenisedCard:
    acquirer_token: str
    brand: str
    last4: str
    exp_month: int
    exp_year: int


def masked_pan(last4: str) -> str:
    return f"**** **** **** {last4}"


def parse_tokenisation_result(payload: dict) -> TokenisedCard:
    card = payload["card"]
    return TokenisedCard(
        acquirer_token=payload["token"],
        brand=card["brand"],
        last4=card["last4"],
        exp_month=int(card["exp_month"]),
        exp_year=int(card["exp_year"]),
    )


def save_card(db: Session, account: PubAccount, payload: dict) -> StoredCard:
    card = parse_tokenisation_result(payload)
    db.query(StoredCard).filter_by(pub_account_id=account.id, active=True).update({"active": False})
    stored = StoredCard(
        pub_account_id=account.id,
        acquirer_token=card.acquirer_token,
        brand=card.brand,
        last4=card.last4,
        expiry=f"{card.exp_month:02d}/{card.exp_year % 100:02d}",
        active=True,
    )
    db.add(stored)
    db.commit()
    log.info(
        "card saved for account %s: %s %s exp %s",
        account.account_ref,
        card.brand,
        masked_pan(card.last4),
        stored.expiry,
    )
    return stored
