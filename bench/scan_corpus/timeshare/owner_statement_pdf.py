"""Render yearly owner statements to PDF for the document vault."""
from __future__ import annotations

import os
import subprocess
import tempfile
from dataclasses import dataclass
from decimal import Decimal

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = os.environ.get("STATEMENT_TEMPLATES", "/opt/statements/templates")
WKHTMLTOPDF = os.environ.get("WKHTMLTOPDF_BIN", "/usr/local/bin/wkhtmltopdf")

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class StatementLine:
    description: str
    amount: Decimal


@dataclass
class OwnerStatement:
    owner_id: int
    owner_name: str
    contract_number: str
    year: int
    lines: list[StatementLine]

    @property
    def total(self) -> Decimal:
        return sum((line.amount for line in self.lines), Decimal("0"))

    @property
    def title(self) -> str:
        return f"{self.year} statement - {self.owner_name}"


def _build_command(title: str, html_path: str, pdf_path: str) -> str:
    return f'{WKHTMLTOPDF} --quiet --title "{title}" {html_path} {pdf_path}'


class StatementRenderer:
    def __init__(self, output_dir: str) -> None:
        self._output_dir = output_dir
        os.makedirs(output_dir, exist_ok=True)

    def render_html(self, statement: OwnerStatement) -> str:
        template = env.get_template("owner_statement.html")
        return template.render(statement=statement)

    def render_pdf(self, statement: OwnerStatement) -> str:
        pdf_path = os.path.join(
            self._output_dir, f"{statement.owner_id}-{statement.year}-statement.pdf"
        )
        with tempfile.NamedTemporaryFile("w", suffix=".html", delete=False) as tmp:
            tmp.write(self.render_html(statement))
            html_path = tmp.name
        try:
            cmd = _build_command(statement.title, html_path, pdf_path)
            subprocess.run(cmd, shell=True, check=True, timeout=120)
        finally:
            os.unlink(html_path)
        return pdf_path
