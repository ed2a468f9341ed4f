"""Search fabrication quotes for the estimators' quote desk."""
from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Iterator

from flask import Blueprint, current_app, jsonify, request

bp = Blueprint("quotes", __name__, url_prefix="/api/quotes")


@dataclass
class QuoteRow:
    quote_no: str
    customer: str
    description: str
    material: str
    total: Decimal
    valid_until: date


class QuoteRepository:
    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.conn.row_factory = sqlite3.Row

    def search(self, customer_fragment: str, status: str = "open", limit: int = 50) -> Iterator[QuoteRow]:
        sql = (
            "SELECT quote_no, customer, description, material, total, valid_until "
            "FROM quotes "
            f"WHERE customer LIKE '%{customer_fragment}%' AND status = ? "
            "ORDER BY valid_until DESC LIMIT ?"
        )
        for row in self.conn.execute(sql, (status, limit)):
            yield QuoteRow(
                quote_no=row["quote_no"],
                customer=row["customer"],
                description=row["description"],
                material=row["material"],
                total=Decimal(str(row["total"])),
                valid_until=date.fromisoformat(row["valid_until"]),
            )


def _repo() -> QuoteRepository:
    return QuoteRepository(sqlite3.connect(current_app.config["QUOTES_DB"]))


@bp.get("/search")
def search_quotes():
    fragment = request.args.get("customer", "").strip()
    status = request.args.get("status", "open")
    rows = _repo().search(fragment, status=status)
    return jsonify([
        {
            "quote_no": r.quote_no,
            "customer": r.customer,
            "description": r.description,
            "material": r.material,
            "total": str(r.total),
            "valid_until": r.valid_until.isoformat(),
        }
        for r in rows
    ])
