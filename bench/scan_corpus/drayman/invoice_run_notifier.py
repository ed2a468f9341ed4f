"""Notification when the weekly invoice run completes.

After the Monday invoice run the finance channel gets a summary so credit
control can start chasing. The webhook address is supplied per environment.
"""
import os
from dataclasses import dataclass
from decimal import Decimal

import requests


@dataclass
class InvoiceRunSummary:
    run_id: str
    invoices: int
    credit_notes: int
    gross_total: Decimal
    failed_accounts: list[str]


def _webhook_url() -> str:
    return os.environ["INVOICE_RUN_WEBHOOK_URL"]


def _format(summary: InvoiceRunSummary) -> str:
    lines = [
        f"Invoice run {summary.run_id} finished",
        f"{summary.invoices} invoices, {summary.credit_notes} credit notes",
        f"Gross total £{summary.gross_total:,.2f}",
    ]
    if summary.failed_accounts:
        shown = ", ".join(summary.failed_accounts[:10])
        more = len(summary.failed_accounts) - 10
        lines.append(f"Failed: {shown}" + (f" and {more} more" if more > 0 else ""))
    return "\n".join(lines)


def notify_finance(summary: InvoiceRunSummary) -> None:
    resp = requests.post(
        _webhook_url(),
        json={"text": _format(summary), "username": "invoice-run"},
        timeout=10,
    )
    resp.raise_for_status()


def notify_if_configured(summary: InvoiceRunSummary) -> bool:
    if "INVOICE_RUN_WEBHOOK_URL" not in os.environ:
        return False
    notify_finance(summary)
    return True
