"""Price tag and shelf label preview for the sales floor.

The tag designer page calls /tags/preview as the clerk types, then prints the
final tag from the same markup.
"""
from decimal import Decimal, InvalidOperation

from flask import Blueprint, abort, render_template_string, request

bp = Blueprint("tags", __name__, url_prefix="/tags")

TAG_CSS = """
.tag { width: 2.25in; height: 1.25in; font-family: Arial, sans-serif; border: 1px dashed #999; }
.tag h2 { font-size: 11pt; margin: 4px; }
.tag .price { font-size: 20pt; font-weight: bold; margin: 2px 4px; }
.tag .sku { font-size: 7pt; color: #555; margin: 0 4px; }
"""


def _price_arg() -> Decimal:
    try:
        return Decimal(request.args.get("price", "0")).quantize(Decimal("0.01"))
    except InvalidOperation:
        abort(400, "price must be a number")


@bp.get("/preview")
def preview():
    headline = request.args.get("headline", "Great Deal")
    sku = request.args.get("sku", "")
    price = _price_arg()

    markup = (
        "<style>{{ css }}</style>"
        "<div class='tag'><h2>" + headline + "</h2>"
        "<p class='price'>${{ price }}</p>"
        "<p class='sku'>SKU {{ sku }}</p></div>"
    )
    return render_template_string(markup, css=TAG_CSS, price=price, sku=sku)
