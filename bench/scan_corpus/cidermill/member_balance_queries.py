"""Member balances: juice credits against pressing fees and shop purchases."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import bindparam, text
from sqlalchemy.engine import Engine

LEDGER_KINDS = ("pressing_fee", "juice_credit", "shop_purchase", "refund")

_BALANCE_SQL = text(
    """
    SELECT member_no, COALESCE(SUM(amount), 0) AS balance
      FROM ledger
     WHERE member_no IN :member_nos
       AND kind IN :kinds
  GROUP BY member_no
    """
).bindparams(bindparam("member_nos", expanding=True), bindparam("kinds", expanding=True))


@dataclass(frozen=True)
class Balance:
    member_no: str
    amount: Decimal

    @property
    def in_credit(self) -> bool:
        return self.amount >= 0


class BalanceQueries:
    def __init__(self, engine: Engine):
        self._engine = engine

    def balances(self, member_nos: list[str], kinds: tuple[str, ...] = LEDGER_KINDS) -> list[Balance]:
        unknown = set(kinds) - set(LEDGER_KINDS)
        if unknown:
            raise ValueError(f"unknown ledger kinds: {sorted(unknown)}")
        if not member_nos:
            return []
        with self._engine.connect() as conn:
            rows = conn.execute(_BALANCE_SQL, {"member_nos": member_nos, "kinds": list(kinds)})
            found = {r.member_no: Decimal(r.balance) for r in rows}
        return [Balance(m, found.get(m, Decimal("0"))) for m in member_nos]

    def statement(self, member_no: str, limit: int = 100) -> list[dict]:
        with self._engine.connect() as conn:
            rows = conn.execute(
                text(
                    "SELECT id, kind, amount, memo FROM ledger "
                    "WHERE member_no = :member_no ORDER BY id DESC LIMIT :limit"
                ),
                {"member_no": member_no, "limit": min(max(limit, 1), 500)},
            )
            return [dict(r._mapping) for r in rows]
