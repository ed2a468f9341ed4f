"""Renders customer invoices to PDF for email and the shop printer.

Invoices are laid out as HTML with Jinja2 and converted with wkhtmltopdf,
which is installed on the shop servers.
"""
import subprocess
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape

OUTPUT_DIR = Path("/var/lib/hc/invoices")

WKHTMLTOPDF = {
    "binary": "/usr/local/bin/wkhtmltopdf",
    "args": "--quiet --page-size A4 --margin-top 12mm --margin-bottom 12mm",
}

env = Environment(
    loader=PackageLoader("hc_shop", "templates/invoices"),
    autoescape=select_autoescape(["html"]),
)


@dataclass
class InvoiceLine:
    description: str
    quantity: int
    unit_price: Decimal


@dataclass
class Invoice:
    reference: str
    customer_name: str
    customer_surname: str
    shop_name: str
    deposit_paid: Decimal
    lines: list[InvoiceLine] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return sum((l.unit_price * l.quantity for l in self.lines), Decimal("0.00"))

    @property
    def balance(self) -> Decimal:
        return self.total - self.deposit_paid


def _pdf_command(src: Path, dst: Path, title: str) -> str:
    return '{binary} {args} --title "{title}" {src} {dst}'.format(
        src=src, dst=dst, title=title, **WKHTMLTOPDF
    )


def render_invoice(invoice: Invoice) -> Path:
    html = env.get_template("invoice.html").render(invoice=invoice)
    OUTPUT_DIR.mkdir(parents=True, exist_ok=True)
    dst = OUTPUT_DIR / f"{invoice.reference}.pdf"
    title = f"Invoice {invoice.reference} - {invoice.customer_name} {invoice.customer_surname}"
    with tempfile.NamedTemporaryFile("w", suffix=".html", encoding="utf-8") as src:
        src.write(html)
        src.flush()
        subprocess.run(_pdf_command(Path(src.name), dst, title), shell=True, check=True, timeout=60)
    return dst
