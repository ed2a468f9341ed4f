"""Card payments for distributor pro-forma invoices.

Small distributors without credit terms pay for chain and fittings by card
before dispatch; the card is charged through the payment gateway.
"""
import logging
from decimal import Decimal

import stripe
from flask import Blueprint, abort, jsonify, request

from chainmaker.invoices import get_proforma, mark_paid
from chainmaker.settings import STRIPE_API_KEY

stripe.api_key = STRIPE_API_KEY
log = logging.getLogger(__name__)
bp = Blueprint("card_payments", __name__, url_prefix="/pay")


def _card_params(form: dict) -> dict:
    return {
        "number": form["card_number"].replace(" ", ""),
        "exp_month": int(form["exp_month"]),
        "exp_year": int(form["exp_year"]),
        "cvc": form["cvc"],
    }


def _describe(invoice_no: str, card: dict) -> str:
    return f"invoice={invoice_no} card={card['number']} exp={card['exp_month']}/{card['exp_year']}"


@bp.post("/<invoice_no>")
def pay_invoice(invoice_no: str):
    invoice = get_proforma(invoice_no)
    if invoice is None or invoice.paid:
        abort(404)
    card = _card_params(request.form)
    context = _describe(invoice_no, card)
    try:
        method = stripe.PaymentMethod.create(type="card", card=card)
        intent = stripe.PaymentIntent.create(
            amount=int(Decimal(invoice.total) * 100),
            currency=invoice.currency.lower(),
            payment_method=method.id,
            confirm=True,
            metadata={"invoice_no": invoice_no},
        )
    except stripe.error.CardError as exc:
        log.warning("card declined (%s): %s", exc.code, context)
        return jsonify(error="card declined"), 402
    mark_paid(invoice_no, intent.id)
    return jsonify(status=intent.status)
