"""CSV uploads: one row per invoice line, invoice fields repeated on each row."""

import csv
import io
from datetime import date
from decimal import Decimal, InvalidOperation

from .models import Invoice, InvoiceError, InvoiceLine


def parse_csv_invoice(data: bytes) -> Invoice:
    try:
        rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
        if not rows:
            raise InvoiceError("the file has no invoice lines")
        lines = tuple(
            InvoiceLine(r["sku"], r["description"], Decimal(r["quantity"]), Decimal(r["unit_price"]),
                        Decimal(r["amount"]))
            for r in rows
        )
        head = rows[0]
        invoice = Invoice(
            number=head["invoice"],
            supplier=head["supplier"],
            issue_date=date.fromisoformat(head["issue_date"]),
            due_date=date.fromisoformat(head["due_date"]) if head["due_date"] else None,
            currency=head["currency"],
            lines=lines,
            total=Decimal(head["total"]),
        )
    except (KeyError, ValueError, InvalidOperation, UnicodeDecodeError) as exc:
        if isinstance(exc, InvoiceError):
            raise
        raise InvoiceError(f"unreadable CSV invoice: {exc!r}") from None
    return invoice.check_total()
