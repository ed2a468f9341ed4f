"""Redeems gift cards at checkout and writes an audit trail of balance changes."""

import logging
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from toyshop.models import GiftCard, GiftCardLedger

audit_log = logging.getLogger("toyshop.giftcards.audit")


class InsufficientBalance(Exception):
    pass


def masked(code: str) -> str:
    compact = code.replace("-", "")
    return f"****-****-****-{compact[-4:]}"


async def redeem(session: AsyncSession, code: str, amount: Decimal, order_reference: str) -> Decimal:
    result = await session.execute(
        select(GiftCard).where(GiftCard.code == code).with_for_update()
    )
    card = result.scalar_one_or_none()
    if card is None or card.is_expired:
        raise LookupError("unknown or expired gift card")
    if card.balance < amount:
        raise InsufficientBalance(str(card.balance))

    card.balance -= amount
    session.add(GiftCardLedger(card_id=card.id, delta=-amount, order_reference=order_reference))
    await session.flush()
    audit_log.info(
        "gift card %s redeemed %s on order %s, balance now %s",
        masked(card.code), amount, order_reference, card.balance,
    )
    return card.balance


async def refund(session: AsyncSession, card_id: int, amount: Decimal, order_reference: str) -> None:
    card = await session.get(GiftCard, card_id, with_for_update=True)
    card.balance += amount
    session.add(GiftCardLedger(card_id=card.id, delta=amount, order_reference=order_reference))
    await session.flush()
    audit_log.info("gift card %s refunded %s from order %s", masked(card.code), amount, order_reference)
