"""Arrears queries over beach hut licence payment plans."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from flask import Blueprint, current_app, jsonify
from sqlalchemy import text
from sqlalchemy.engine import Engine

from .auth import staff_required

bp = Blueprint("payment_plan_arrears", __name__, url_prefix="/payment-plans")


@dataclass
class Instalment:
    due_date: date
    amount: Decimal
    paid: bool


class InstalmentQuery:
    def __init__(self, engine: Engine):
        self.engine = engine
        self._clauses: list[str] = []
        self._params: dict = {}

    def for_plan(self, plan_ref: str) -> "InstalmentQuery":
        self._clauses.append("p.reference = :plan_ref")
        self._params["plan_ref"] = plan_ref
        return self

    def due_before(self, cutoff: date) -> "InstalmentQuery":
        self._clauses.append("i.due_date < :cutoff")
        self._params["cutoff"] = cutoff
        return self

    def fetch(self) -> list[Instalment]:
        where = " AND ".join(self._clauses) or "TRUE"
        sql = text(
            "SELECT i.due_date, i.amount_pence, i.paid "
            "FROM payment_plan_instalments i JOIN payment_plans p ON p.id = i.plan_id "
            f"WHERE {where} ORDER BY i.due_date"
        )
        with self.engine.connect() as conn:
            rows = conn.execute(sql, self._params).all()
        return [Instalment(r.due_date, Decimal(r.amount_pence) / 100, r.paid) for r in rows]


def arrears(engine: Engine, plan_ref: str) -> dict:
    overdue = InstalmentQuery(engine).for_plan(plan_ref).due_before(date.today()).fetch()
    unpaid = [i for i in overdue if not i.paid]
    return {
        "reference": plan_ref,
        "overdue_instalments": len(unpaid),
        "arrears_gbp": str(sum((i.amount for i in unpaid), Decimal("0"))),
    }


@bp.get("/<plan_ref>/arrears")
@staff_required
def show_arrears(plan_ref: str):
    return jsonify(arrears(current_app.extensions["beachhuts_engine"], plan_ref))
