"""Repair intake: opens a ticket and hands the customer a tracking code.

The tracking code is all a customer needs to see the status page of their
harp's repair (quote, photos, pickup date) without signing in.
"""
from __future__ import annotations

import random
import string
from dataclasses import dataclass
from datetime import date, timedelta

from flask import Blueprint, abort, current_app, jsonify, request
from sqlalchemy import text

bp = Blueprint("repair_intake", __name__, url_prefix="/repairs")

CODE_ALPHABET = string.ascii_uppercase + string.digits
CODE_LENGTH = 10


@dataclass
class RepairIntake:
    customer_name: str
    email: str
    instrument: str
    problem: str
    rush: bool = False

    @property
    def promised_by(self) -> date:
        return date.today() + timedelta(days=7 if self.rush else 21)


def new_tracking_code() -> str:
    return "".join(random.choices(CODE_ALPHABET, k=CODE_LENGTH))


@bp.post("/intake")
def open_ticket():
    data = request.get_json(force=True)
    try:
        intake = RepairIntake(
            customer_name=data["customer_name"],
            email=data["email"],
            instrument=data["instrument"],
            problem=data["problem"],
            rush=bool(data.get("rush", False)),
        )
    except KeyError as exc:
        abort(400, f"missing field {exc.args[0]}")
    code = new_tracking_code()
    with current_app.extensions["harp_db"].begin() as conn:
        conn.execute(
            text(
                "INSERT INTO repair_tickets "
                "(tracking_code, customer_name, email, instrument, problem, promised_by) "
                "VALUES (:code, :name, :email, :instrument, :problem, :promised)"
            ),
            {
                "code": code,
                "name": intake.customer_name,
                "email": intake.email,
                "instrument": intake.instrument,
                "problem": intake.problem,
                "promised": intake.promised_by,
            },
        )
    return jsonify({"tracking_code": code, "promised_by": intake.promised_by.isoformat()}), 201


@bp.get("/status/<code>")
def ticket_status(code: str):
    with current_app.extensions["harp_db"].connect() as conn:
        row = conn.execute(
            text(
                "SELECT instrument, status, quote_total, promised_by "
                "FROM repair_tickets WHERE tracking_code = :code"
            ),
            {"code": code.upper()},
        ).first()
    if row is None:
        abort(404)
    return jsonify(
        {
            "instrument": row.instrument,
            "status": row.status,
            "quote_total": str(row.quote_total) if row.quote_total is not None else None,
            "promised_by": row.promised_by.isoformat(),
        }
    )
