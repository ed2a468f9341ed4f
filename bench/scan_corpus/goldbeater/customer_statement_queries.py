"""Monthly account statements for trade customers."""
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import text
from sqlalchemy.orm import Session

STATEMENT_SQL = text(
    """
    SELECT i.invoice_number, i.issued_on, i.total, COALESCE(SUM(p.amount), 0) AS paid
    FROM invoices i
    LEFT JOIN payments p ON p.invoice_id = i.id
    WHERE i.account_number = :account AND i.issued_on BETWEEN :start AND :end
    GROUP BY i.id
    ORDER BY i.issued_on
    """
)


@dataclass
class StatementLine:
    invoice_number: str
    issued_on: date
    total: Decimal
    paid: Decimal

    @property
    def outstanding(self) -> Decimal:
        return self.total - self.paid


class StatementBuilder:
    def __init__(self, session: Session):
        self.session = session

    def lines(self, account: str, start: date, end: date) -> list[StatementLine]:
        rows = self.session.execute(STATEMENT_SQL, {"account": account, "start": start, "end": end})
        return [StatementLine(r.invoice_number, r.issued_on, r.total, r.paid) for r in rows]

    def summary(self, account: str, start: date, end: date) -> dict:
        lines = self.lines(account, start, end)
        return {
            "account": account,
            "period": f"{start.isoformat()}..{end.isoformat()}",
            "invoiced": sum((l.total for l in lines), Decimal("0")),
            "outstanding": sum((l.outstanding for l in lines), Decimal("0")),
            "lines": lines,
        }
