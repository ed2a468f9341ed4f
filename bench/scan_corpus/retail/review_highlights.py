"""Template helpers for the product review search on product detail pages."""
import re

from flask import Blueprint, render_template, request
from markupsafe import Markup, escape

from shop.reviews import search_reviews

bp = Blueprint("reviews", __name__)


def highlight(text: str, term: str) -> Markup:
    """Wrap occurrences of ``term`` in <mark> tags, escaping everything else."""
    if not term:
        return escape(text)
    pattern = re.compile(re.escape(term), re.IGNORECASE)
    out = Markup("")
    last = 0
    for match in pattern.finditer(text):
        out += escape(text[last:match.start()])
        out += Markup("<mark>{}</mark>").format(match.group(0))
        last = match.end()
    out += escape(text[last:])
    return out


@bp.app_template_filter("highlight")
def highlight_filter(text: str, term: str) -> Markup:
    return highlight(text, term)


@bp.route("/products/<int:product_id>/reviews")
def product_reviews(product_id: int):
    term = request.args.get("q", "").strip()[:80]
    reviews = search_reviews(product_id, term)
    return render_template("reviews/list.html", reviews=reviews, term=term, product_id=product_id)
