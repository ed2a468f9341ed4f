"""Checks the release code that the seller's solicitor gives to close a property escrow."""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime, timezone
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Connection

log = logging.getLogger(__name__)


class ReleaseCode:
    """Wraps the release code printed on the completion statement."""

    __slots__ = ("_value",)

    def __init__(self, value: str) -> None:
        self._value = value.replace("-", "").replace(" ", "").upper()

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, ReleaseCode):
            return NotImplemented
        return self._value == other._value

    def __hash__(self) -> int:
        return hash(self._value)

    def __repr__(self) -> str:
        return "ReleaseCode(****)"


@dataclass
class PropertyEscrow:
    escrow_id: int
    title_number: str
    amount: Decimal
    state: str
    release_code: ReleaseCode

    @classmethod
    def load(cls, conn: Connection, escrow_id: int) -> "PropertyEscrow":
        row = conn.execute(
            text(
                "SELECT id, title_number, amount, state, release_code "
                "FROM property_escrows WHERE id = :id"
            ),
            {"id": escrow_id},
        ).one()
        return cls(row.id, row.title_number, row.amount, row.state, ReleaseCode(row.release_code))


def release_funds(conn: Connection, escrow_id: int, submitted_code: str, officer: str) -> bool:
    escrow = PropertyEscrow.load(conn, escrow_id)
    if escrow.state != "awaiting_completion":
        log.info("escrow %s not awaiting completion (state=%s)", escrow_id, escrow.state)
        return False
    if ReleaseCode(submitted_code) != escrow.release_code:
        log.warning("wrong release code for escrow %s entered by %s", escrow_id, officer)
        return False
    conn.execute(
        text(
            "UPDATE property_escrows SET state = 'released', released_at = :at, released_by = :by "
            "WHERE id = :id"
        ),
        {"at": datetime.now(timezone.utc), "by": officer, "id": escrow_id},
    )
    conn.execute(
        text("INSERT INTO payout_queue (escrow_id, amount) VALUES (:id, :amount)"),
        {"id": escrow_id, "amount": escrow.amount},
    )
    log.info("escrow %s (%s) released by %s", escrow_id, escrow.title_number, officer)
    return True
