"""Post-trade risk checks run after each allocation batch.

Compliance maintains per-account rules in the admin console, e.g.
``gross_exposure > 2.5 * equity`` or ``single_name_pct > 0.25``. A rule
that evaluates truthy raises an alert for the risk desk.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass
from decimal import Decimal

import psycopg
from celery import Celery
from psycopg.types.json import Jsonb

app = Celery("risk", broker=os.environ["CELERY_BROKER_URL"])
log = logging.getLogger(__name__)


@dataclass
class Rule:
    rule_id: int
    account_id: str
    name: str
    expression: str
    severity: str


def _db() -> psycopg.Connection:
    return psycopg.connect(os.environ["BACKOFFICE_DSN"])


def load_rules(conn, account_id: str) -> list[Rule]:
    rows = conn.execute(
        "SELECT id, account_id, name, expression, severity FROM risk_rules "
        "WHERE account_id = %s AND enabled", (account_id,),
    ).fetchall()
    return [Rule(*r) for r in rows]


def account_metrics(conn, account_id: str) -> dict[str, float]:
    equity, gross, net, largest = conn.execute(
        "SELECT equity, gross_exposure, net_exposure, largest_position_value "
        "FROM account_risk_snapshot WHERE account_id = %s", (account_id,),
    ).fetchone()
    equity = Decimal(equity) or Decimal(1)
    return {
        "equity": float(equity),
        "gross_exposure": float(gross),
        "net_exposure": float(net),
        "leverage": float(Decimal(gross) / equity),
        "single_name_pct": float(Decimal(largest) / equity),
    }


def evaluate(rule: Rule, metrics: dict[str, float]) -> bool:
    return bool(eval(rule.expression, {"__builtins__": {}}, dict(metrics)))


@app.task(acks_late=True)
def run_account_checks(account_id: str) -> list[int]:
    breached: list[int] = []
    with _db() as conn:
        metrics = account_metrics(conn, account_id)
        for rule in load_rules(conn, account_id):
            try:
                hit = evaluate(rule, metrics)
            except Exception:
                log.exception("rule %s failed to evaluate", rule.rule_id)
                continue
            if hit:
                breached.append(rule.rule_id)
                conn.execute(
                    "INSERT INTO risk_alerts (rule_id, account_id, severity, metrics) "
                    "VALUES (%s, %s, %s, %s)",
                    (rule.rule_id, account_id, rule.severity, Jsonb(metrics)),
                )
    if breached:
        log.warning("account %s breached rules %s", account_id, breached)
    return breached
