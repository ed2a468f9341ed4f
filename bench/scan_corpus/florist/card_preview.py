"""Live preview of the printed gift card while the shopper types the message."""
from flask import Blueprint, render_template, request
from markupsafe import Markup as _M

bp = Blueprint("card_preview", __name__)

CARD_STYLES = {
    "classic": "card--classic",
    "birthday": "card--birthday",
    "sympathy": "card--sympathy",
}
MAX_MESSAGE_CHARS = 280


def _card_body(message: str, signed_by: str) -> str:
    lines = message[:MAX_MESSAGE_CHARS].splitlines()
    body = "<br>".join(lines)
    if signed_by:
        body += f'<p class="card__signature">&mdash; {signed_by}</p>'
    return body


@bp.post("/checkout/card-preview")
def card_preview():
    style = CARD_STYLES.get(request.form.get("style", "classic"), "card--classic")
    body = _card_body(request.form.get("message", ""), request.form.get("signed_by", ""))
    return render_template(
        "checkout/card_preview.html",
        style_class=style,
        card_html=_M(body),
    )
