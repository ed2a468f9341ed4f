"""Enrols a customer in a monthly payment plan for a headstone order."""

from decimal import Decimal

import structlog

from stonecarver.payments.gateway import tokenize_card
from stonecarver.payments.models import PaymentPlan
from stonecarver.settings import settings

log = structlog.get_logger("payment_plans")


def instalment_amount(total: Decimal, deposit: Decimal, months: int) -> Decimal:
    return ((total - deposit) / months).quantize(Decimal("0.01"))


def build_enrollment(order, form: dict) -> dict:
    return {
        "order_number": order.number,
        "holder_name": form["cardholder"],
        "card_number": form["card_number"].replace(" ", ""),
        "expiry": form["expiry"],
        "months": int(form["months"]),
        "deposit": Decimal(form["deposit"]),
    }


def enrol(order, form: dict) -> PaymentPlan:
    enrollment = build_enrollment(order, form)
    if enrollment["months"] > settings.MAX_PLAN_MONTHS:
        raise ValueError("plan term too long")
    log.info("plan.enrolment.started", **enrollment)
    card_token = tokenize_card(
        enrollment["card_number"], enrollment["expiry"], form["cvc"], enrollment["holder_name"]
    )
    plan = PaymentPlan.objects.create(
        order=order,
        card_token=card_token,
        months=enrollment["months"],
        deposit=enrollment["deposit"],
        instalment=instalment_amount(order.total, enrollment["deposit"], enrollment["months"]),
    )
    log.info("plan.enrolment.completed", plan_id=plan.id, order_number=order.number)
    return plan
