"""Handle card-on-file updates for sample subscribers via the payment provider."""
import logging

import stripe
from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from perfumer.config import settings
from perfumer.subscriptions import SubscriptionRepository

logger = logging.getLogger(__name__)
bp = Blueprint("card_updates", __name__, url_prefix="/account/card")

stripe.api_key = settings.STRIPE_SECRET_KEY


def _describe(payment_method: stripe.PaymentMethod) -> dict:
    card = payment_method.card
    return {"brand": card.brand, "last4": card.last4, "exp": f"{card.exp_month:02d}/{card.exp_year}"}


@bp.post("")
@login_required
def replace_card():
    payment_method_id = request.get_json(force=True).get("payment_method_id")
    if not payment_method_id:
        abort(400)
    repo = SubscriptionRepository()
    customer_id = repo.stripe_customer_id(current_user.id)
    payment_method = stripe.PaymentMethod.attach(payment_method_id, customer=customer_id)
    stripe.Customer.modify(customer_id, invoice_settings={"default_payment_method": payment_method.id})
    summary = _describe(payment_method)
    logger.info(
        "Subscriber %s replaced card: %s ending %s exp %s",
        current_user.id, summary["brand"], summary["last4"], summary["exp"],
    )
    repo.store_card_summary(current_user.id, **summary)
    return jsonify(summary)
