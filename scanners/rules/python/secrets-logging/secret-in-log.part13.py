import logging
from dataclasses import dataclass

import structlog
from pydantic import BaseModel

audit = logging.getLogger("till.audit")
log = logging.getLogger("till.orders")
logger = structlog.get_logger("till.orders")


# --- a staff badge card's number finds the account at sign-in: an identifier, not a secret

def staff_sign_in(store, card_number: str, password: str, till_id: str):
    account = store.by_card(card_number)
    if account is None:
        # ok: secret-in-log
        audit.warning("sign-in failed: unknown card %s at till %s", card_number, till_id)
        return None
    if not store.verify(account, password):
        # ok: secret-in-log
        audit.warning("sign-in failed for card %s", account.card_number)
        return None
    return account


def staff_sign_in_noisy(store, card_number: str, password: str):
    account = store.by_card(card_number)
    if not store.verify(account, password):
        # ruleid: secret-in-log
        audit.warning("sign-in failed for card %s with %s", card_number, password)
    return account


# --- a logger bound to context that holds a card's whole number

class OrderCard(BaseModel):
    holder: str
    card_number: str


def order_logger(order_ref: str, card: OrderCard):
    fields = card.model_dump(include={"holder", "card_number"})
    # ruleid: secret-in-log
    return logger.bind(order=order_ref, card=fields)


def order_logger_named(order_ref: str, card: OrderCard):
    # (the fields picked leave the number out)
    fields = card.model_dump(include={"holder"})
    # ok: secret-in-log
    return logger.bind(order=order_ref, card=fields)


def order_logger_ref(order_ref: str, api_token: str):
    # ruleid: secret-in-log
    structlog.contextvars.bind_contextvars(order=order_ref, token=api_token)
    # ok: secret-in-log
    structlog.contextvars.bind_contextvars(order=order_ref, token_set=api_token is not None)


# --- a method's summary of a card object with its number in it

@dataclass
class TillCard:
    number: str
    holder: str


class KeyedOrders:
    def _summary(self, order_ref: str, card: TillCard) -> str:
        return f"order={order_ref} card={card.number} holder={card.holder}"

    def _short_summary(self, order_ref: str, card: TillCard) -> str:
        return f"order={order_ref} card=****{card.number[-4:]} holder={card.holder}"

    def submit(self, order_ref: str, card: TillCard) -> None:
        # ruleid: secret-in-log
        log.info("keyed order %s", self._summary(order_ref, card))
        # ok: secret-in-log
        log.info("keyed order %s", self._short_summary(order_ref, card))
