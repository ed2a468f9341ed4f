"""Renders e-tickets to PDF for timed entry and hayride bookings.

The HTML ticket is written to a private temp directory and converted with
wkhtmltopdf; the PDF is attached to the booking confirmation email.
"""
from __future__ import annotations

import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

env = Environment(
    loader=PackageLoader("pumpkinpatch", "templates"),
    autoescape=select_autoescape(["html"]),
)
WKHTMLTOPDF = "/usr/local/bin/wkhtmltopdf"


@dataclass
class TicketView:
    reference: str
    lead_name: str
    slot: str
    adults: int
    children: int
    hayride: str | None
    qr_data_uri: str


def render_html(ticket: TicketView) -> str:
    return env.get_template("eticket.html").render(ticket=ticket)


def html_to_pdf(html: str, title: str) -> bytes:
    with tempfile.TemporaryDirectory(prefix="eticket-") as workdir:
        src = Path(workdir) / "ticket.html"
        out = Path(workdir) / "ticket.pdf"
        src.write_text(html, encoding="utf-8")
        subprocess.run(
            [
                WKHTMLTOPDF,
                "--quiet",
                "--page-size", "A5",
                "--title", title,
                "--disable-javascript",
                str(src),
                str(out),
            ],
            check=True,
            timeout=60,
        )
        return out.read_bytes()


def ticket_pdf(ticket: TicketView) -> bytes:
    title = f"Hollow Lane Pumpkin Patch - {ticket.lead_name} - {ticket.reference}"
    return html_to_pdf(render_html(ticket), title)


if __name__ == "__main__":
    demo = TicketView("HL-24-0001", "Sam Carter", "Sat 19 Oct 10:30", 2, 3, "11:15", "data:,")
    Path("demo-ticket.pdf").write_bytes(ticket_pdf(demo))
