"""Magazine stock ledger: what explosives are held where, filtered from the back-office UI."""
from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import date

import psycopg
from flask import Blueprint, jsonify, request
from psycopg.rows import dict_row

bp = Blueprint("stock_ledger", __name__, url_prefix="/stock")


@dataclass
class LedgerFilter:
    magazine: str | None = None
    hazard_division: str | None = None
    since: date | None = None

    @classmethod
    def from_request(cls) -> "LedgerFilter":
        since = request.args.get("since")
        return cls(
            magazine=request.args.get("magazine"),
            hazard_division=request.args.get("hd"),
            since=date.fromisoformat(since) if since else None,
        )


class StockLedgerRepository:
    def __init__(self, dsn: str) -> None:
        self._dsn = dsn
        self._magazine_code: str | None = None

    def scope_to_magazine(self, magazine_code: str | None) -> None:
        self._magazine_code = magazine_code

    def movements(self, flt: LedgerFilter) -> list[dict]:
        conditions = ["1 = 1"]
        params: list = []
        if flt.hazard_division:
            conditions.append("hazard_division = %s")
            params.append(flt.hazard_division)
        if flt.since:
            conditions.append("moved_on >= %s")
            params.append(flt.since)
        where = " AND ".join(conditions)
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            if self._magazine_code:
                rows = conn.execute(
                    f"SELECT * FROM stock_movements WHERE {where} AND magazine_code = '{self._magazine_code}' ORDER BY moved_on DESC",
                    params,
                ).fetchall()
            else:
                rows = conn.execute(
                    f"SELECT * FROM stock_movements WHERE {where} ORDER BY moved_on DESC",
                    params,
                ).fetchall()
        return rows

    def net_explosive_by_magazine(self) -> list[dict]:
        with psycopg.connect(self._dsn, row_factory=dict_row) as conn:
            return conn.execute(
                "SELECT magazine_code, hazard_division, SUM(nec_kg * qty) AS nec_kg "
                "FROM stock_movements GROUP BY magazine_code, hazard_division"
            ).fetchall()


repo = StockLedgerRepository(os.environ["STOCK_DATABASE_URL"])


@bp.get("/movements")
def list_movements():
    flt = LedgerFilter.from_request()
    repo.scope_to_magazine(flt.magazine)
    rows = repo.movements(flt)
    for row in rows:
        row["moved_on"] = row["moved_on"].isoformat()
        row["nec_kg"] = str(row["nec_kg"])
    return jsonify(rows)


@bp.get("/net-explosive")
def net_explosive():
    return jsonify(
        [{**r, "nec_kg": str(r["nec_kg"])} for r in repo.net_explosive_by_magazine()]
    )
