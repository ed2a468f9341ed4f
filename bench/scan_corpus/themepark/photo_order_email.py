"""Compose the "your ride photos are ready" e-mail."""
from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

env = Environment(
    loader=PackageLoader("photoshop", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class OrderSummary:
    order_number: str
    guest_first_name: str
    photo_count: int
    download_url: str
    dedication: str | None = None


def _greeting(summary: OrderSummary) -> Markup:
    return Markup(f"Hi <strong>{summary.guest_first_name}</strong>,")


def _dedication_block(summary: OrderSummary) -> str:
    if not summary.dedication:
        return ""
    return summary.dedication


def render_ready_email(summary: OrderSummary) -> tuple[str, str]:
    template = env.get_template("photos_ready.html")
    html = template.render(
        greeting=_greeting(summary),
        dedication=_dedication_block(summary),
        count=summary.photo_count,
        url=summary.download_url,
        order_number=summary.order_number,
    )
    subject = f"Your {summary.photo_count} ride photos are ready (order {summary.order_number})"
    return subject, html
