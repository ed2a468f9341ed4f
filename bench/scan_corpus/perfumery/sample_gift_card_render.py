"""Renders the printed card slipped into gifted sample boxes.

Customers who send discovery samples to a friend can add a short message; the
fulfilment team prints the card from this HTML page.
"""
from __future__ import annotations

from dataclasses import dataclass

from flask import Blueprint, abort, render_template_string
from markupsafe import Markup

from shop.samples import find_gift_request

bp = Blueprint("gift_cards", __name__, url_prefix="/fulfilment/gift-cards")

CARD_TEMPLATE = """
<!doctype html>
<html><body class="gift-card">
  <h1>A gift from {{ card.sender_name }}</h1>
  <div class="message">{{ card.message_html }}</div>
  <ul class="vials">
  {% for vial in card.vials %}<li>{{ vial }}</li>{% endfor %}
  </ul>
</body></html>
"""


@dataclass
class GiftCard:
    sender_name: str
    message_html: Markup
    vials: list[str]


def _paragraphs(message: str) -> Markup:
    blocks = [block.strip() for block in message.split("\n\n") if block.strip()]
    return Markup("".join(f"<p>{block}</p>" for block in blocks))


def build_card(gift) -> GiftCard:
    return GiftCard(
        sender_name=gift.sender_name,
        message_html=_paragraphs(gift.message or ""),
        vials=[v.display_name for v in gift.vials],
    )


@bp.get("/<int:request_id>")
def print_card(request_id: int):
    gift = find_gift_request(request_id)
    if gift is None:
        abort(404)
    return render_template_string(CARD_TEMPLATE, card=build_card(gift))
