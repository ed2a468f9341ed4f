"""Read model for the customer trade-history screen and CSV export."""
from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import text
from sqlalchemy.engine import Engine


@dataclass(frozen=True)
class HistoryFilter:
    account_id: int
    start: date
    end: date
    symbol: str | None = None
    limit: int = 500


def _history_sql(f: HistoryFilter) -> str:
    where = [
        f"e.account_id = {int(f.account_id)}",
        f"e.trade_date BETWEEN '{f.start.isoformat()}' AND '{f.end.isoformat()}'",
    ]
    if f.symbol:
        where.append(f"e.symbol = '{f.symbol.strip().upper()}'")
    return (
        "SELECT e.exec_id, e.trade_date, e.symbol, e.side, e.quantity, e.price, e.commission "
        "FROM executions e WHERE " + " AND ".join(where) +
        f" ORDER BY e.trade_date DESC, e.exec_id DESC LIMIT {int(f.limit)}"
    )


class TradeHistoryRepository:
    def __init__(self, engine: Engine):
        self._engine = engine

    def fetch(self, f: HistoryFilter) -> list[dict]:
        with self._engine.connect() as conn:
            result = conn.execute(text(_history_sql(f)))
            return [dict(row) for row in result.mappings()]


def history_from_query_args(account_id: int, args) -> HistoryFilter:
    """Builds the filter from the request query string of GET /api/trades."""
    return HistoryFilter(
        account_id=account_id,
        start=date.fromisoformat(args["from"]),
        end=date.fromisoformat(args["to"]),
        symbol=args.get("symbol"),
        limit=min(int(args.get("limit", 500)), 5000),
    )
