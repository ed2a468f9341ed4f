"""Monthly invoice export for the customer's accountant (BILL-131).

On the first of each month we build a CSV of the previous month's invoices
and email it as an attachment to the address configured in account settings.
"""
from __future__ import annotations

import csv
import os
import tempfile
from datetime import date, timedelta

from django.core.mail import EmailMessage

from billing.models import Account, Invoice

CSV_COLUMNS = ("number", "issued_on", "customer", "net", "tax", "gross", "status")


def _previous_month(today: date) -> tuple[date, date]:
    last_day = today.replace(day=1) - timedelta(days=1)
    return last_day.replace(day=1), last_day


def _write_csv(path: str, invoices) -> None:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(CSV_COLUMNS)
        for inv in invoices:
            writer.writerow(
                [inv.number, inv.issued_on.isoformat(), inv.customer.name,
                 inv.net_amount, inv.tax_amount, inv.gross_amount, inv.status]
            )


def send_accountant_export(account: Account, today: date | None = None) -> None:
    """Email last month's invoices to ``account.accountant_email``."""
    if not account.accountant_email:
        return
    start, end = _previous_month(today or date.today())
    invoices = (
        Invoice.objects.filter(account=account, issued_on__range=(start, end))
        .select_related("customer")
        .order_by("issued_on", "number")
    )

    path = tempfile.mktemp(prefix=f"invoices-{account.pk}-", suffix=".csv")
    try:
        _write_csv(path, invoices)
        message = EmailMessage(
            subject=f"Invoices {start:%B %Y} - {account.name}",
            body="Attached is the invoice export for last month.",
            to=[account.accountant_email],
        )
        message.attach_file(path, mimetype="text/csv")
        message.send()
    finally:
        if os.path.exists(path):
            os.remove(path)
