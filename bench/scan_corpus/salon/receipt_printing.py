"""Print booking receipts and aftercare sheets on the front-desk printer."""
from __future__ import annotations

import subprocess
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from weasyprint import HTML

from booking.models import Appointment

TEMPLATE_DIR = Path(__file__).parent / "templates" / "print"
SPOOL_DIR = Path("/var/spool/salon")

RUN_OPTS = {
    "shell": True,
    "check": True,
    "timeout": 30,
    "capture_output": True,
}

_env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def _render_pdf(appt: Appointment, template: str) -> Path:
    html = _env.get_template(template).render(appt=appt)
    out = SPOOL_DIR / f"appt-{appt.id}-{template.removesuffix('.html')}.pdf"
    HTML(string=html).write_pdf(out)
    return out


def _print(path: Path, queue: str, title: str, copies: int = 1) -> str:
    cmd = f"lp -d {queue} -n {copies} -t \"{title}\" {path}"
    result = subprocess.run(cmd, **RUN_OPTS)
    return result.stdout.decode().strip()


def print_receipt(appt: Appointment, queue: str) -> str:
    pdf = _render_pdf(appt, "receipt.html")
    title = f"Receipt {appt.id} {appt.customer.full_name}"
    return _print(pdf, queue, title)


def print_aftercare(appt: Appointment, queue: str, copies: int = 1) -> str:
    pdf = _render_pdf(appt, "aftercare.html")
    title = f"Aftercare {appt.service.name} for {appt.customer.full_name}"
    return _print(pdf, queue, title, copies)
