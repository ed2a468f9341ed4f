"""Bulk order lookup for the office: paste a list of job references and get
their production stage, deposit state and fitting date in one table.
"""
import os
import re
import sqlite3
from dataclasses import dataclass

from flask import Blueprint, render_template, request

bp = Blueprint("bulk_lookup", __name__)
DB_PATH = os.environ.get("ORDERS_DB", "/srv/joinery/orders.sqlite3")
REF_SPLIT = re.compile(r"[\s,;]+")
MAX_REFS = 200


@dataclass
class OrderRow:
    reference: str
    customer: str
    stage: str
    deposit_paid: bool
    fit_date: str | None


def parse_refs(raw: str) -> list[str]:
    seen: dict[str, None] = {}
    for token in REF_SPLIT.split(raw.upper()):
        if token:
            seen.setdefault(token, None)
    return list(seen)[:MAX_REFS]


def lookup(refs: list[str]) -> list[OrderRow]:
    if not refs:
        return []
    placeholders = ",".join("?" * len(refs))
    sql = (
        "SELECT reference, customer_name, stage, deposit_paid, fit_date "
        f"FROM orders WHERE reference IN ({placeholders}) ORDER BY reference"
    )
    with sqlite3.connect(DB_PATH) as conn:
        rows = conn.execute(sql, refs).fetchall()
    return [OrderRow(r[0], r[1], r[2], bool(r[3]), r[4]) for r in rows]


@bp.route("/orders/bulk", methods=["GET", "POST"])
def bulk_lookup():
    refs = parse_refs(request.form.get("refs", "")) if request.method == "POST" else []
    found = lookup(refs)
    missing = sorted(set(refs) - {row.reference for row in found})
    return render_template("orders/bulk.html", rows=found, missing=missing, refs=refs)
