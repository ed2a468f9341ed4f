"""Quote emails for boiler replacements, rendered from Jinja templates."""

from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATES = Path(__file__).parent / "templates" / "quotes"

env = Environment(
    loader=FileSystemLoader(TEMPLATES),
    autoescape=select_autoescape(enabled_extensions=("html", "xml"), default_for_string=True),
)

FOOTER_HTML = Markup(
    "<p style=\"font-size:12px;color:#666\">Pipeline Heating Ltd &middot; Gas Safe registered</p>"
)


def _gbp(pence: int) -> str:
    return f"\u00a3{pence / 100:,.2f}"


env.filters["gbp"] = _gbp


def render_quote_html(quote, customer) -> str:
    return env.get_template("quote.html").render(
        customer_name=customer.full_name,
        address=customer.address_lines,
        options=quote.options,
        surveyor_notes=quote.surveyor_notes,
        customer_message=quote.customer_message,
        valid_until=quote.valid_until.strftime("%d %B %Y"),
        footer=FOOTER_HTML,
    )
