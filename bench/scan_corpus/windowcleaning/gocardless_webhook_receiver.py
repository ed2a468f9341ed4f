"""Receive GoCardless webhooks for direct debit payments on customer accounts."""
import hashlib
import hmac
import json
import logging
import os

from flask import Flask, Response, request

from .ledger import mark_payment_confirmed, mark_payment_failed, record_mandate_cancelled

app = Flask(__name__)
log = logging.getLogger("rounds.webhooks")

WEBHOOK_SECRET = os.environ["GOCARDLESS_WEBHOOK_SECRET"].encode("utf-8")


def _handle_event(event: dict) -> None:
    resource = event.get("resource_type")
    action = event.get("action")
    links = event.get("links", {})
    if resource == "payments" and action == "confirmed":
        mark_payment_confirmed(links.get("payment"))
    elif resource == "payments" and action in ("failed", "charged_back"):
        mark_payment_failed(links.get("payment"), reason=event.get("details", {}).get("cause"))
    elif resource == "mandates" and action == "cancelled":
        record_mandate_cancelled(links.get("mandate"))
    else:
        log.debug("Ignoring %s.%s event %s", resource, action, event.get("id"))


@app.post("/webhooks/gocardless")
def gocardless_webhook() -> Response:
    body = request.get_data()
    provided = request.headers.get("Webhook-Signature", "")
    computed = hmac.new(WEBHOOK_SECRET, body, hashlib.sha256).hexdigest()
    if computed != provided:
        log.warning("Rejected GoCardless webhook with bad signature")
        return Response(status=498)

    payload = json.loads(body)
    for event in payload.get("events", []):
        try:
            _handle_event(event)
        except Exception:
            log.exception("Failed to process event %s", event.get("id"))
            return Response(status=500)
    return Response(status=204)
