"""Renders hire contracts to PDF with wkhtmltopdf for e-mail and kiosk printing."""
from __future__ import annotations

import functools
import os
import subprocess
import tempfile
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import List

from jinja2 import Environment, PackageLoader, select_autoescape

_env = Environment(
    loader=PackageLoader("toolhire.contracts", "templates"),
    autoescape=select_autoescape(["html"]),
)

_scratch_pdf = functools.partial(tempfile.mktemp, suffix=".pdf", prefix="contract-")
WKHTMLTOPDF = os.environ.get("TH_WKHTMLTOPDF", "/usr/local/bin/wkhtmltopdf")


@dataclass
class ContractLine:
    asset_no: str
    description: str
    days: int
    day_rate: Decimal

    @property
    def total(self) -> Decimal:
        return self.day_rate * self.days


@dataclass
class Contract:
    ref: str
    customer_name: str
    depot_name: str
    hire_start: date
    hire_end: date
    deposit: Decimal
    lines: List[ContractLine]


def render_html(contract: Contract) -> str:
    template = _env.get_template("hire_contract.html")
    total = sum((line.total for line in contract.lines), Decimal("0"))
    return template.render(contract=contract, total=total)


def render_pdf(contract: Contract) -> bytes:
    html = render_html(contract)
    pdf_path = _scratch_pdf()
    try:
        subprocess.run(
            [WKHTMLTOPDF, "--quiet", "--page-size", "A4", "-", pdf_path],
            input=html.encode("utf-8"),
            check=True,
            timeout=60,
        )
        with open(pdf_path, "rb") as fh:
            return fh.read()
    finally:
        if os.path.exists(pdf_path):
            os.unlink(pdf_path)
