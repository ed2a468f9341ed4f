"""Fetch several invoices at once for the statement printer."""
import sqlite3
from dataclasses import dataclass
from decimal import Decimal
from typing import Dict, Iterable, List

DB_PATH = "/var/lib/loft/billing.sqlite3"
MAX_BATCH = 500


@dataclass
class InvoiceLine:
    invoice_no: str
    customer: str
    description: str
    amount: Decimal


def _chunks(items: List[str], size: int) -> Iterable[List[str]]:
    for i in range(0, len(items), size):
        yield items[i:i + size]


def fetch_invoices(invoice_numbers: Iterable[str]) -> Dict[str, List[InvoiceLine]]:
    wanted = sorted({n.strip().upper() for n in invoice_numbers if n.strip()})
    result: Dict[str, List[InvoiceLine]] = {n: [] for n in wanted}
    if not wanted:
        return result
    with sqlite3.connect(DB_PATH) as conn:
        for chunk in _chunks(wanted, MAX_BATCH):
            placeholders = ",".join("?" * len(chunk))
            rows = conn.execute(
                "SELECT i.number, c.name, l.description, l.amount "
                "FROM invoices i JOIN customers c ON c.id = i.customer_id "
                "JOIN invoice_lines l ON l.invoice_id = i.id "
                f"WHERE i.number IN ({placeholders}) ORDER BY i.number, l.position",
                chunk,
            ).fetchall()
            for number, customer, description, amount in rows:
                result[number].append(InvoiceLine(number, customer, description, Decimal(str(amount))))
    return result


def statement_totals(invoice_numbers: Iterable[str]) -> Dict[str, Decimal]:
    return {
        number: sum((line.amount for line in lines), Decimal("0"))
        for number, lines in fetch_invoices(invoice_numbers).items()
    }


if __name__ == "__main__":
    import sys

    for number, total in statement_totals(sys.argv[1:]).items():
        print(f"{number}\t{total:.2f}")
