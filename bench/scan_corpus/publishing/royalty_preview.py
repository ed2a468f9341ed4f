"""Contracts team API: preview royalty payouts for a custom escalator formula.

Contracts managers type a formula such as
    "0.10 * net if units < 5000 else 0.125 * net"
into the deal sheet and see what it would have paid on last year's sales.
"""
from decimal import Decimal

from flask import Blueprint, jsonify, request
from flask_login import login_required

from contracts.sales import sales_by_period

bp = Blueprint("royalty_preview", __name__, url_prefix="/contracts")

ALLOWED_NAMES = {"min": min, "max": max, "round": round}


@bp.post("/titles/<isbn>/royalty-preview")
@login_required
def royalty_preview(isbn: str):
    body = request.get_json(force=True)
    formula = body.get("formula", "")
    rows = []
    for period in sales_by_period(isbn, year=int(body.get("year", 0)) or None):
        variables = {
            "units": period.units,
            "net": float(period.net_receipts),
            "list_price": float(period.list_price),
            "format": period.format,
        }
        amount = eval(formula, {"__builtins__": ALLOWED_NAMES}, variables)
        rows.append({"period": period.label, "royalty": str(round(Decimal(str(amount)), 2))})
    return jsonify({"isbn": isbn, "formula": formula, "periods": rows})
