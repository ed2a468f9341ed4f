"""Render printable dockets for spoil haulage tickets.

The gatehouse prints a docket for each lorry; PDFs are rendered with
WeasyPrint and sent to the label printer with lp.
"""
from __future__ import annotations

import os
import subprocess
import tempfile
from contextlib import contextmanager
from typing import Iterator

from jinja2 import Environment, PackageLoader, select_autoescape
from weasyprint import HTML

_env = Environment(loader=PackageLoader("haulage", "templates"), autoescape=select_autoescape())


@contextmanager
def scratch_pdf(prefix: str) -> Iterator[str]:
    fd, path = tempfile.mkstemp(prefix=prefix, suffix=".pdf")
    os.close(fd)
    try:
        yield path
    finally:
        os.unlink(path)


class DocketPrinter:
    template_name = "docket.html"

    def __init__(self, printer: str) -> None:
        self.printer = printer

    def render_html(self, ticket: dict) -> str:
        return _env.get_template(self.template_name).render(ticket=ticket)

    def print_ticket(self, ticket: dict) -> None:
        with scratch_pdf(f"docket-{ticket['ticket_no']}-") as pdf_path:
            HTML(string=self.render_html(ticket)).write_pdf(pdf_path)
            subprocess.run(
                ["lp", "-d", self.printer, "-o", "media=A6", pdf_path],
                check=True,
                timeout=30,
            )
