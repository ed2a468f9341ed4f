"""Quarterly grant report generation.

Pulls spend and output figures for a grant, renders the funder's report
template to PDF and files it in the grants bucket.
"""
import logging
import os
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

import boto3
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table

log = logging.getLogger(__name__)
styles = getSampleStyleSheet()


@dataclass
class BudgetLine:
    code: str
    description: str
    budget: Decimal
    actual: Decimal

    @property
    def variance_pct(self) -> Decimal:
        if not self.budget:
            return Decimal("0")
        return ((self.actual - self.budget) / self.budget * 100).quantize(Decimal("0.1"))


def _story(grant, quarter_end: date, lines: list[BudgetLine], outputs: dict[str, int]):
    rows = [["Code", "Line", "Budget", "Actual", "Var %"]]
    rows += [[l.code, l.description, f"{l.budget:,.2f}", f"{l.actual:,.2f}", f"{l.variance_pct}"] for l in lines]
    return [
        Paragraph(f"{grant.funder_name} - {grant.reference}", styles["Title"]),
        Paragraph(f"Quarter ending {quarter_end:%d %B %Y}", styles["Heading2"]),
        Spacer(1, 12),
        Table(rows, repeatRows=1),
        Spacer(1, 12),
        *[Paragraph(f"{k}: {v}", styles["Normal"]) for k, v in outputs.items()],
    ]


def build_report(grant, quarter_end: date, lines: list[BudgetLine], outputs: dict[str, int]) -> str:
    pdf_path = tempfile.mktemp(suffix=".pdf", prefix=f"grant-{grant.reference}-")
    doc = SimpleDocTemplate(pdf_path, pagesize=A4, title=f"{grant.reference} Q report")
    doc.build(_story(grant, quarter_end, lines, outputs))
    return pdf_path


def file_report(grant, quarter_end: date, lines, outputs, bucket: str) -> str:
    path = build_report(grant, quarter_end, lines, outputs)
    key = f"grants/{grant.reference}/reports/{quarter_end:%Y-%m-%d}.pdf"
    try:
        boto3.client("s3").upload_file(path, bucket, key, ExtraArgs={"ServerSideEncryption": "aws:kms"})
    finally:
        os.remove(path)
    log.info("Filed quarterly report for %s at s3://%s/%s", grant.reference, bucket, key)
    return key
