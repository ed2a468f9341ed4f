"""Renders the 'your shingles are on the way' notice shown in the portal and emailed to crews."""

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup, escape

from shinglemaker.config import settings

env = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "j2"]),
)

STATUS_BADGES = {
    "scheduled": "badge-info",
    "loaded": "badge-warning",
    "en_route": "badge-primary",
    "delivered": "badge-success",
}


def driver_line(delivery) -> Markup:
    return Markup("<span class=\"driver\">{}</span> &middot; truck {}").format(
        delivery.driver_name, delivery.truck_number
    )


def instructions_html(delivery) -> Markup:
    paragraphs = (escape(p) for p in delivery.drop_instructions.split("\n\n") if p.strip())
    return Markup("").join(Markup("<p>{}</p>").format(p) for p in paragraphs)


def render_notice(delivery) -> str:
    template = env.get_template("delivery_notice.html.j2")
    return template.render(
        reference=delivery.reference,
        badge=STATUS_BADGES.get(delivery.status, "badge-secondary"),
        driver=driver_line(delivery),
        instructions=instructions_html(delivery),
        eta=delivery.eta.strftime("%a %b %d, %I:%M %p") if delivery.eta else "TBD",
        site=delivery.site_address,
    )
