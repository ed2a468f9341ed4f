"""Render monthly landlord statements to PDF.

A statement lists rent received, management fees, maintenance invoices paid
on the landlord's behalf and the net amount transferred.
"""
import os
import tempfile
from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

env = Environment(
    loader=PackageLoader("statements", "templates"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class StatementLine:
    date: str
    description: str
    amount: Decimal


def render_statement(landlord_name: str, period: str, lines: list[StatementLine]) -> bytes:
    html = env.get_template("statement.html").render(
        landlord_name=landlord_name,
        period=period,
        lines=lines,
        total=sum((line.amount for line in lines), Decimal("0")),
    )
    out_path = tempfile.mktemp(suffix=".pdf", prefix="statement-")
    try:
        HTML(string=html).write_pdf(out_path)
        with open(out_path, "rb") as fh:
            return fh.read()
    finally:
        if os.path.exists(out_path):
            os.remove(out_path)
