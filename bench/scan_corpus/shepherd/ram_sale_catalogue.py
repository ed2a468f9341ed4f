"""Builds the printable ram sale catalogue.

Vendors enter a free-text description for each ram; the catalogue keeps
their paragraph breaks while the template engine escapes everything else.
"""
from markupsafe import Markup, escape
from jinja2 import Environment, PackageLoader, select_autoescape

from shepherd.rams.models import SaleLot
from shepherd.settings import settings

env = Environment(
    loader=PackageLoader("shepherd.rams", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
    trim_blocks=True,
    lstrip_blocks=True,
)


def paragraphs(text: str) -> Markup:
    blocks = [b.strip() for b in (text or "").split("\n\n") if b.strip()]
    return Markup("").join(Markup("<p>{}</p>").format(escape(b)) for b in blocks)


env.filters["paragraphs"] = paragraphs


def _lot_view(lot: SaleLot) -> dict:
    return {
        "number": lot.number,
        "tag": lot.ram_tag,
        "sire": lot.sire_name,
        "born": lot.birth_date.strftime("%b %Y"),
        "ebv_index": f"{lot.ebv_index:.1f}",
        "reserve": lot.reserve_price,
        "description": lot.description,
    }


def render_catalogue(sale_year: int) -> str:
    lots = SaleLot.query.filter_by(sale_year=sale_year, withdrawn=False).order_by(SaleLot.number).all()
    template = env.get_template("catalogue.html")
    return template.render(
        station=settings.station_name,
        year=sale_year,
        lots=[_lot_view(lot) for lot in lots],
    )
