"""HTML quote emails for tile commissions.

When the studio prices a commission, the client receives an HTML email
summarising the design, quantities and the quote total.
"""
from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from tilemaker.mail import send_html

env = Environment(
    loader=PackageLoader("tilemaker", "templates/email"),
    autoescape=select_autoescape(["html", "xml"]),
)


def money(pence: int) -> str:
    return f"\u00a3{Decimal(pence) / 100:,.2f}"


def design_heading(commission) -> Markup:
    return Markup("<strong>{}</strong> &middot; {} tiles ({})").format(
        commission.design_title,
        commission.tile_count,
        commission.tile_size,
    )


def render_quote(commission) -> str:
    template = env.get_template("quote.html")
    return template.render(
        client_name=commission.client_name,
        heading=design_heading(commission),
        lines=[
            {"label": line.label, "amount": money(line.amount_pence)}
            for line in commission.quote_lines
        ],
        total=money(commission.quote_total_pence),
        valid_days=30,
    )


def send_quote(commission) -> None:
    send_html(
        to=commission.client_email,
        subject=f"Your tile commission quote {commission.reference}",
        html=render_quote(commission),
    )
