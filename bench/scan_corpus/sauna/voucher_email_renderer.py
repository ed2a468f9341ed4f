"""Renders the gift voucher email sent to the recipient, including the buyer's message."""
from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

TEMPLATE_DIR = Path(__file__).with_name("templates")


@dataclass
class VoucherEmail:
    recipient_name: str
    buyer_name: str
    personal_message: str
    voucher_code: str
    value: Decimal
    valid_until: str


class VoucherEmailRenderer:
    FOOTER = Markup("<p class=\"footer\">Bring this code to any of our bathhouses.</p>")

    def __init__(self, template_dir: Path = TEMPLATE_DIR) -> None:
        self.env = Environment(
            loader=FileSystemLoader(str(template_dir)),
            autoescape=select_autoescape(["html", "xml"]),
        )
        self.env.filters["money"] = lambda v: f"€{Decimal(v):.2f}"

    @staticmethod
    def message_html(text: str) -> Markup:
        paragraphs = [escape(p.strip()) for p in text.split("\n\n") if p.strip()]
        return Markup("").join(Markup("<p>{}</p>").format(p) for p in paragraphs)

    def render(self, email: VoucherEmail) -> str:
        template = self.env.get_template("voucher_email.html")
        return template.render(
            recipient=email.recipient_name,
            buyer=email.buyer_name,
            message=self.message_html(email.personal_message),
            code=email.voucher_code,
            value=email.value,
            valid_until=email.valid_until,
            footer=self.FOOTER,
        )
