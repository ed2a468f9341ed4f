"""Validates the completion code a conveyancer enters to release a property deposit."""
from __future__ import annotations

import hmac
import logging
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)


class CompletionCode:
    """Normalised completion code; equality runs in constant time."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value.replace("-", "").replace(" ", "").upper().encode("ascii", "ignore")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, CompletionCode):
            return NotImplemented
        return hmac.compare_digest(self._value, other._value)

    def __hash__(self) -> int:
        return id(self)

    def __repr__(self) -> str:
        return "CompletionCode(****)"


@dataclass
class DepositHolding:
    holding_id: int
    amount: Decimal
    state: str
    code: CompletionCode

    @classmethod
    def for_update(cls, conn: Connection, holding_id: int) -> "DepositHolding":
        row = conn.execute(
            text("SELECT id, amount, state, completion_code FROM deposit_holdings WHERE id = :id FOR UPDATE"),
            {"id": holding_id},
        ).one()
        return cls(row.id, row.amount, row.state, CompletionCode(row.completion_code))


def release_deposit(conn: Connection, holding_id: int, entered_code: str, conveyancer_id: int) -> bool:
    holding = DepositHolding.for_update(conn, holding_id)
    if holding.state != "held":
        return False
    if not CompletionCode(entered_code) == holding.code:
        log.warning("completion code rejected for holding %s (conveyancer %s)", holding_id, conveyancer_id)
        return False
    conn.execute(
        text("UPDATE deposit_holdings SET state = 'released', released_by = :by WHERE id = :id"),
        {"by": conveyancer_id, "id": holding_id},
    )
    conn.execute(
        text("INSERT INTO payout_queue (holding_id, amount) VALUES (:id, :amount)"),
        {"id": holding_id, "amount": holding.amount},
    )
    return True
