"""Build service invoices as PDF and hand them to the document archive."""
from __future__ import annotations

import os
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from typing import List, Tuple

import boto3
from weasyprint import HTML

ARCHIVE_BUCKET = os.environ["INVOICE_ARCHIVE_BUCKET"]


@dataclass
class InvoiceDraft:
    number: str
    ticket: str
    customer: str
    lines: List[Tuple[str, Decimal]] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((amount for _, amount in self.lines), Decimal("0"))


def _html(draft: InvoiceDraft) -> str:
    from html import escape

    rows = "".join(
        f"<tr><td>{escape(label)}</td><td>{amount:.2f}</td></tr>" for label, amount in draft.lines
    )
    return (
        f"<h1>Invoice {escape(draft.number)}</h1><p>{escape(draft.customer)}</p>"
        f"<table>{rows}<tr><th>Total CHF</th><th>{draft.total:.2f}</th></tr></table>"
    )


def render_and_archive(draft: InvoiceDraft) -> str:
    s3 = boto3.client("s3")
    key = f"invoices/{draft.number}.pdf"
    with tempfile.NamedTemporaryFile(prefix="invoice_", suffix=".pdf") as scratch:
        HTML(string=_html(draft)).write_pdf(scratch.name)
        scratch.seek(0)
        s3.upload_fileobj(
            scratch,
            ARCHIVE_BUCKET,
            key,
            ExtraArgs={"ContentType": "application/pdf", "ServerSideEncryption": "aws:kms"},
        )
    return key
