"""Handles asynchronous payment notifications from the card acquirer for
agent invoices paid online.
"""
import hashlib
import hmac
import json
import os

from aiohttp import web

from chandler.billing import ledger

SIGNING_KEY = os.environ["ACQUIRER_NOTIFY_KEY"].encode()
PAID_STATES = {"AUTHORISED", "CAPTURED"}


def _sign(timestamp: str, body: bytes) -> str:
    mac = hmac.new(SIGNING_KEY, timestamp.encode() + b"." + body, hashlib.sha512)
    return mac.hexdigest()


def _verified(request_headers, body: bytes) -> bool:
    timestamp = request_headers.get("X-Notify-Timestamp", "")
    received = request_headers.get("X-Notify-Signature", "")
    if not timestamp or not received:
        return False
    return hmac.compare_digest(_sign(timestamp, body), received)


async def acquirer_notification(request: web.Request) -> web.Response:
    body = await request.read()
    if not _verified(request.headers, body):
        return web.Response(status=401)
    event = json.loads(body)
    invoice_no = event["merchantReference"]
    amount = event["amount"]["value"]
    if event["eventCode"] == "REFUND":
        await ledger.record_refund(invoice_no, amount, event["pspReference"])
    elif event["status"] in PAID_STATES:
        await ledger.mark_paid(invoice_no, amount, event["pspReference"])
    else:
        await ledger.record_failed_attempt(invoice_no, event.get("reason", "unknown"))
    return web.Response(text="[accepted]")


def make_app() -> web.Application:
    app = web.Application(client_max_size=256 * 1024)
    app.router.add_post("/payments/acquirer/notify", acquirer_notification)
    return app
