"""Small HTML fragment the merchant's product page loads to show the instalment split.

Rendered server-side so it works without the full widget script.
"""
from flask import Blueprint, abort, render_template_string, request

from bnpl.merchants.repository import get_merchant_by_slug
from bnpl.pricing import instalment_breakdown

bp = Blueprint("instalment_preview", __name__)

_FRAGMENT = """
<div class="bnpl-preview" data-merchant="{{ merchant.slug }}">
  <span class="bnpl-preview__lead">{{ lead }}</span>
  <span class="bnpl-preview__amount">{{ plan[0].amount }}</span>
  <span class="bnpl-preview__tail">today, then 3 payments every 2 weeks</span>
  {% if product %}<span class="bnpl-preview__product">for {{ product }}</span>{% endif %}
</div>
"""


@bp.get("/preview")
def preview():
    merchant = get_merchant_by_slug(request.args.get("m", ""))
    if merchant is None:
        abort(404)
    amount_minor = request.args.get("amount", type=int)
    if amount_minor is None or not 0 < amount_minor <= merchant.max_basket_minor:
        abort(400)
    return render_template_string(
        _FRAGMENT,
        merchant=merchant,
        lead=request.args.get("lead", "Pay in 4:")[:60],
        product=request.args.get("product", "")[:80],
        plan=instalment_breakdown(amount_minor, merchant.currency),
    )
