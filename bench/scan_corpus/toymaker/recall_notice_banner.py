"""Builds the site-wide banner that links to any active product recall notices."""

from dataclasses import dataclass

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

from toyshop.recalls import active_notices

env = Environment(
    loader=PackageLoader("toyshop", "templates"),
    autoescape=select_autoescape(["html", "xml"]),
)


@dataclass
class BannerItem:
    slug: str
    product_name: str
    batch_codes: list[str]


def _item_html(item: BannerItem) -> Markup:
    batches = ", ".join(item.batch_codes)
    return Markup('<a href="/recalls/{}"><strong>{}</strong> (batches {})</a>').format(
        item.slug, item.product_name, batches
    )


def banner_items() -> list[BannerItem]:
    return [
        BannerItem(slug=n.slug, product_name=n.product_name, batch_codes=list(n.batch_codes))
        for n in active_notices()
    ]


def render_banner() -> str:
    items = banner_items()
    if not items:
        return ""
    links = Markup(" &middot; ").join(_item_html(item) for item in items)
    return env.get_template("partials/recall_banner.html").render(links=links, count=len(items))
