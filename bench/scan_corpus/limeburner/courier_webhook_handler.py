"""Delivery status callbacks from the pallet courier network.

Part-load deliveries of bagged lime and putty tubs go out through a pallet
network. The network calls back with status changes (collected, at hub,
delivered, failed) signed with the shared secret agreed at onboarding.
"""

import hashlib
import hmac
import json
import os

from aiohttp import web

from limeworks.deliveries import update_delivery_status

SIGNATURE_HEADER = "X-Pallet-Signature"
TIMESTAMP_HEADER = "X-Pallet-Timestamp"


def _signing_secret() -> bytes:
    return os.environ["PALLET_NETWORK_SIGNING_SECRET"].encode("utf-8")


def compute_signature(timestamp: str, body: bytes) -> str:
    message = timestamp.encode("ascii") + b"." + body
    return hmac.new(_signing_secret(), message, hashlib.sha256).hexdigest()


def signature_valid(timestamp: str, body: bytes, provided: str) -> bool:
    expected = compute_signature(timestamp, body)
    return hmac.compare_digest(expected, provided)


async def handle_status(request: web.Request) -> web.Response:
    body = await request.read()
    timestamp = request.headers.get(TIMESTAMP_HEADER, "")
    provided = request.headers.get(SIGNATURE_HEADER, "")
    if not timestamp or not signature_valid(timestamp, body, provided):
        return web.json_response({"error": "signature"}, status=401)
    event = json.loads(body)
    await update_delivery_status(
        consignment=event["consignment_number"],
        status=event["status"],
        occurred_at=event["occurred_at"],
        pod_name=event.get("signed_by"),
    )
    return web.json_response({"received": True})


def build_app() -> web.Application:
    app = web.Application(client_max_size=128 * 1024)
    app.router.add_post("/callbacks/pallet-network", handle_status)
    return app


if __name__ == "__main__":
    web.run_app(build_app(), port=int(os.environ.get("PORT", "8080")))
