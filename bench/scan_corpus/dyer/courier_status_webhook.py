"""Delivery status callbacks from the courier used for sample dispatch.

Lab dips and bulk samples are couriered to buyers; the courier calls back
with scan events, signed with HMAC-SHA256 over the timestamp and body.
"""
import hashlib
import hmac
import time

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route

from dyer.async_db import database
from dyer.settings import COURIER_SETTINGS

MAX_SKEW_SECONDS = 300


def _sign(timestamp: str, body: bytes) -> str:
    key = COURIER_SETTINGS["webhook_secret"].encode("utf-8")
    return hmac.new(key, timestamp.encode("ascii") + b"." + body, hashlib.sha256).hexdigest()


async def courier_event(request: Request) -> JSONResponse:
    body = await request.body()
    timestamp = request.headers.get("X-Courier-Timestamp", "0")
    signature = request.headers.get("X-Courier-Signature", "")
    if abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        return JSONResponse({"error": "stale"}, status_code=401)
    if not hmac.compare_digest(signature, _sign(timestamp, body)):
        return JSONResponse({"error": "bad signature"}, status_code=401)
    event = await request.json()
    await database.execute(
        "UPDATE sample_dispatches SET status = :s, status_at = to_timestamp(:t) WHERE tracking_no = :n",
        {"s": event["status"], "t": int(timestamp), "n": event["tracking_number"]},
    )
    return JSONResponse({"ok": True})


app = Starlette(routes=[Route("/hooks/courier", courier_event, methods=["POST"])])
