"""Stripe webhook endpoint for pledge payments."""

import logging
import os

import stripe
from django.http import HttpResponse, HttpResponseBadRequest
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_POST

from pledges.services import mark_pledge_collected, mark_pledge_failed

logger = logging.getLogger("pledges.webhooks")

ENDPOINT_SECRET = os.environ["STRIPE_WEBHOOK_SECRET"]

HANDLERS = {
    "payment_intent.succeeded": mark_pledge_collected,
    "payment_intent.payment_failed": mark_pledge_failed,
}


@csrf_exempt
@require_POST
def stripe_webhook(request):
    signature = request.headers.get("Stripe-Signature", "")
    try:
        event = stripe.Webhook.construct_event(request.body, signature, ENDPOINT_SECRET)
    except (ValueError, stripe.error.SignatureVerificationError) as exc:
        logger.warning("rejected stripe webhook: %s", type(exc).__name__)
        return HttpResponseBadRequest()

    logger.info("stripe event %s type=%s livemode=%s", event["id"], event["type"], event["livemode"])
    handler = HANDLERS.get(event["type"])
    if handler is not None:
        handler(event["data"]["object"])
    return HttpResponse(status=200)
