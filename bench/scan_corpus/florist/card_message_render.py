"""Render the printable gift card sent to the partner shop's card printer."""
from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

env = Environment(
    loader=PackageLoader("bloomnet", "templates/cards"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
)


def nl2br(text: str) -> Markup:
    """Keep the shopper's line breaks on the printed card."""
    return Markup("<br>\n").join(escape(line) for line in text.splitlines())


env.filters["nl2br"] = nl2br


def signature_line(signed_by: str) -> Markup:
    return Markup('<p class="card__signature">&mdash; {}</p>').format(signed_by)


def render_card(order) -> str:
    template = env.get_template("printable_card.html")
    return template.render(
        message=order.card_message,
        signature=signature_line(order.signed_by) if order.signed_by else "",
        occasion=order.occasion,
        shop_name=order.shop_name,
    )
