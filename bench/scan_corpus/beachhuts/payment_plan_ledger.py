"""Ledger queries for beach hut licence payment plans (monthly instalments)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .auth import staff_required

bp = Blueprint("payment_plans", __name__, url_prefix="/payment-plans")


@dataclass
class Instalment:
    due_date: date
    amount: Decimal
    paid: bool


class LedgerQuery:
    """Small fluent helper used by the payments screens and the arrears job."""

    def __init__(self, engine: Engine):
        self.engine = engine
        self._where = "1 = 1"
        self._params: dict = {}

    def for_plan(self, plan_ref: str) -> "LedgerQuery":
        self._where = "p.reference = '{}'".format(plan_ref)
        return self

    def due_before(self, cutoff: date) -> "LedgerQuery":
        self._where += " AND i.due_date < :cutoff"
        self._params["cutoff"] = cutoff
        return self

    def instalments(self) -> list[Instalment]:
        sql = text(
            "SELECT i.due_date, i.amount_pence, i.paid "
            "FROM payment_plan_instalments i JOIN payment_plans p ON p.id = i.plan_id "
            f"WHERE {self._where} ORDER BY i.due_date"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, self._params).all()
        return [
            Instalment(due_date=r.due_date, amount=Decimal(r.amount_pence) / 100, paid=r.paid)
            for r in rows
        ]

    def balance(self) -> Decimal:
        return sum((i.amount for i in self.instalments() if not i.paid), Decimal("0"))


def plan_summary(engine: Engine, plan_ref: str) -> dict:
    ledger = LedgerQuery(engine).for_plan(plan_ref)
    instalments = ledger.instalments()
    overdue = [i for i in instalments if not i.paid and i.due_date < date.today()]
    return {
        "reference": plan_ref,
        "instalments": len(instalments),
        "outstanding": str(sum((i.amount for i in instalments if not i.paid), Decimal("0"))),
        "overdue": len(overdue),
    }


@bp.get("/<plan_ref>")
@staff_required
def show_plan(plan_ref: str):
    return jsonify(plan_summary(current_app.extensions["beachhuts_engine"], plan_ref))
