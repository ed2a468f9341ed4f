"""Merchant-hosted "pay in 4" offer page.

Merchants link customers to /offer?merchant=<slug>&headline=<text> from their
marketing emails; the headline lets them tailor the banner per campaign.
"""
from flask import Blueprint, abort, render_template_string, request

from bnpl.merchants.repository import get_merchant_by_slug
from bnpl.pricing import instalment_breakdown

bp = Blueprint("offer_page", __name__)

_PAGE_HEAD = """<!doctype html>
<html><head><title>{{ merchant.display_name }} | Pay in 4</title>
<link rel="stylesheet" href="/static/offer.css"></head><body>
<header class="banner">"""

_PAGE_BODY = """</header>
<main>
  <p>Spread {{ amount }} over 4 interest-free payments:</p>
  <ol>{% for p in plan %}<li>{{ p.due_label }}: {{ p.amount }}</li>{% endfor %}</ol>
  <a class="cta" href="{{ merchant.shop_url }}">Back to {{ merchant.display_name }}</a>
</main></body></html>"""


def _banner(headline: str | None) -> str:
    if not headline:
        return "<h1>Buy now, pay later</h1>"
    return "<h1>" + headline[:140] + "</h1>"


@bp.get("/offer")
def offer():
    merchant = get_merchant_by_slug(request.args.get("merchant", ""))
    if merchant is None or not merchant.offer_page_enabled:
        abort(404)
    amount_minor = request.args.get("amount", type=int, default=merchant.default_offer_minor)
    page = _PAGE_HEAD + _banner(request.args.get("headline")) + _PAGE_BODY
    return render_template_string(
        page,
        merchant=merchant,
        amount=merchant.format_money(amount_minor),
        plan=instalment_breakdown(amount_minor, merchant.currency),
    )
