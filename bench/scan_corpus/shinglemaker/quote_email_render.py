"""Builds the HTML body of the quote confirmation email sent to roofers and homeowners."""

from decimal import Decimal

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from shinglemaker.mailer import send_html_mail

env = Environment(
    loader=PackageLoader("shinglemaker", "templates/email"),
    autoescape=select_autoescape(["html"]),
)


def _money(cents: int) -> str:
    return f"${Decimal(cents) / 100:,.2f}"


def _site_notes_block(quote) -> Markup:
    lines = "<br>".join(quote.site_notes.splitlines())
    return Markup(f'<div class="site-notes"><strong>Job site notes</strong><p>{lines}</p></div>')


def render_quote_email(quote) -> str:
    template = env.get_template("quote_confirmation.html")
    return template.render(
        quote_number=quote.number,
        customer=quote.customer_name,
        lines=[
            {"sku": l.sku, "description": l.description, "squares": l.squares, "total": _money(l.total_cents)}
            for l in quote.lines
        ],
        grand_total=_money(quote.total_cents),
        notes_html=_site_notes_block(quote) if quote.site_notes else "",
        valid_until=quote.valid_until.strftime("%B %d, %Y"),
    )


def send_quote_email(quote) -> None:
    recipients = [quote.roofer_email] + ([quote.homeowner_email] if quote.homeowner_email else [])
    send_html_mail(
        subject=f"Your cedar shingle quote {quote.number}",
        to=recipients,
        html=render_quote_email(quote),
    )
