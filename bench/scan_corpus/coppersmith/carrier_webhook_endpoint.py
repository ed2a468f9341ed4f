"""Tracking webhooks from the freight carrier.

Delivery and exception events update the shipment timeline shown to the
distillery waiting on its still.
"""
import base64
import hashlib
import hmac

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from coppersmith.settings import settings
from coppersmith.shipping import record_tracking_event


def _signature(body: bytes, timestamp: str) -> str:
    key = settings.FREIGHT_WEBHOOK_KEY.encode()
    mac = hmac.new(key, timestamp.encode() + b"." + body, hashlib.sha256)
    return base64.b64encode(mac.digest()).decode()


async def tracking_event(request: Request) -> JSONResponse:
    body = await request.body()
    timestamp = request.headers.get("x-freight-timestamp", "")
    provided = request.headers.get("x-freight-signature", "")
    if not hmac.compare_digest(provided, _signature(body, timestamp)):
        return JSONResponse({"error": "bad signature"}, status_code=401)
    payload = await request.json()
    await record_tracking_event(
        tracking_number=payload["tracking_number"],
        status=payload["status"],
        occurred_at=payload["occurred_at"],
    )
    return JSONResponse({"ok": True})


app = Starlette(routes=[Route("/hooks/freight", tracking_event, methods=["POST"])])
