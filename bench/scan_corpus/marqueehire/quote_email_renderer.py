"""HTML quote emails sent to customers.

The quote email lists the marquee, furniture and extras, and repeats the
customer's own event notes ("we'd like the dance floor near the bar") so they
can check we understood the brief.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from email.message import EmailMessage
from typing import List

from jinja2 import Environment, FileSystemLoader


@dataclass(frozen=True)
class RenderSettings:
    template_dir: str = "templates/email"
    autoescape: bool = False
    trim_blocks: bool = True
    lstrip_blocks: bool = True


@dataclass
class QuoteLine:
    description: str
    quantity: int
    unit_price: Decimal

    @property
    def total(self) -> Decimal:
        return self.unit_price * self.quantity


@dataclass
class QuoteEmail:
    quote_ref: str
    customer_name: str
    customer_email: str
    event_date: str
    venue: str
    event_notes: str
    lines: List[QuoteLine] = field(default_factory=list)


class QuoteEmailRenderer:
    def __init__(self, settings: RenderSettings = RenderSettings()) -> None:
        self._env = Environment(
            loader=FileSystemLoader(settings.template_dir),
            autoescape=settings.autoescape,
            trim_blocks=settings.trim_blocks,
            lstrip_blocks=settings.lstrip_blocks,
        )

    def render_html(self, quote: QuoteEmail) -> str:
        template = self._env.get_template("quote.html")
        return template.render(
            quote=quote,
            grand_total=sum((line.total for line in quote.lines), Decimal("0")),
        )

    def build_message(self, quote: QuoteEmail, sender: str) -> EmailMessage:
        msg = EmailMessage()
        msg["Subject"] = f"Your marquee quote {quote.quote_ref}"
        msg["From"] = sender
        msg["To"] = quote.customer_email
        msg.set_content(
            f"Hello {quote.customer_name},\n\nYour quote {quote.quote_ref} for "
            f"{quote.event_date} at {quote.venue} is attached as HTML."
        )
        msg.add_alternative(self.render_html(quote), subtype="html")
        return msg
