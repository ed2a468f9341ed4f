"""Product descriptions for patterns in the shop.

Designers write their pattern descriptions in Markdown (materials, techniques,
finished size); the shop page shows them as formatted HTML.
"""
import bleach
import markdown
from flask import Blueprint, render_template
from markupsafe import Markup

from lacemaker.shop.models import Pattern

bp = Blueprint("pattern_pages", __name__)

ALLOWED_TAGS = {
    "p", "br", "strong", "em", "ul", "ol", "li", "h3", "h4", "blockquote",
    "a", "table", "thead", "tbody", "tr", "th", "td",
}
ALLOWED_ATTRIBUTES = {"a": ["href", "title"], "td": ["align"], "th": ["align"]}
ALLOWED_PROTOCOLS = {"http", "https", "mailto"}


def description_html(source: str) -> Markup:
    rendered = markdown.markdown(source, extensions=["tables", "sane_lists"])
    cleaned = bleach.clean(
        rendered,
        tags=ALLOWED_TAGS,
        attributes=ALLOWED_ATTRIBUTES,
        protocols=ALLOWED_PROTOCOLS,
        strip=True,
    )
    return Markup(cleaned)


def pairs_badge(pairs: int, style: str) -> Markup:
    return Markup('<span class="badge badge-{}">{} pairs</span>').format(style, pairs)


@bp.get("/patterns/<slug>")
def pattern_page(slug: str):
    pattern = Pattern.query.filter_by(slug=slug, published=True).first_or_404()
    return render_template(
        "shop/pattern.html",
        pattern=pattern,
        description=description_html(pattern.description_md),
        badge=pairs_badge(pattern.pairs, pattern.style),
    )
