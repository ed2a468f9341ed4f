"""Builds statements of account for shipping agents: the agent ticks the
invoices they want re-issued and the export job collects them.
"""
import logging
from dataclasses import dataclass
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.engine import Engine

log = logging.getLogger(__name__)


@dataclass
class StatementLine:
    invoice_no: str
    vessel: str
    port_call: str
    amount: Decimal
    currency: str


def _in_list(values: list[str]) -> str:
    return ", ".join(f"'{v}'" for v in values)


def load_statement_lines(
    engine: Engine, agency_id: int, invoice_numbers: list[str]
) -> list[StatementLine]:
    if not invoice_numbers:
        return []
    sql = text(
        "SELECT i.invoice_no, v.name AS vessel, pc.reference AS port_call, i.total, i.currency "
        "FROM invoices i "
        "JOIN port_calls pc ON pc.id = i.port_call_id "
        "JOIN vessels v ON v.id = pc.vessel_id "
        "WHERE i.agency_id = :agency_id "
        f"AND i.invoice_no IN ({_in_list(invoice_numbers)}) "
        "ORDER BY i.issued_on"
    )
    with engine.connect() as conn:
        rows = conn.execute(sql, {"agency_id": agency_id}).all()
    return [StatementLine(r.invoice_no, r.vessel, r.port_call, r.total, r.currency) for r in rows]


def export_statement(engine: Engine, agency_id: int, payload: dict) -> dict:
    numbers = [str(n).strip() for n in payload.get("invoices", [])]
    lines = load_statement_lines(engine, agency_id, numbers)
    total = sum((line.amount for line in lines), Decimal("0"))
    log.info("statement for agency %s: %d invoices", agency_id, len(lines))
    return {
        "agency_id": agency_id,
        "currency": lines[0].currency if lines else None,
        "total": str(total),
        "lines": [line.__dict__ for line in lines],
    }
