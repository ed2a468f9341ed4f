"""Starlette endpoint for ocean carrier arrival notices (vessel ETA and discharge)."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
import time

from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse
from starlette.routing import Route


class ArrivalNotice:
    tolerance_seconds = 300

    def __init__(self, body: bytes, headers: dict[str, str], secret: bytes) -> None:
        self.body = body
        self.timestamp = headers.get("x-carrier-timestamp", "0")
        self.signature = headers.get("x-carrier-signature", "")
        self._secret = secret

    @property
    def expected(self) -> str:
        signed = f"{self.timestamp}:".encode() + self.body
        return "sha256=" + hmac.new(self._secret, signed, hashlib.sha256).hexdigest()

    @property
    def fresh(self) -> bool:
        try:
            return abs(time.time() - int(self.timestamp)) <= self.tolerance_seconds
        except ValueError:
            return False

    def authentic(self) -> bool:
        return self.fresh and hmac.compare_digest(self.signature.encode(), self.expected.encode())


async def arrival_notice(request: Request) -> JSONResponse:
    notice = ArrivalNotice(
        await request.body(),
        dict(request.headers),
        request.app.state.carrier_secret,
    )
    if not notice.authentic():
        return JSONResponse({"error": "invalid signature"}, status_code=401)
    event = json.loads(notice.body)
    await request.app.state.arrivals.upsert(
        bill_of_lading=event["billOfLading"],
        vessel=event["vessel"],
        eta=event["eta"],
    )
    return JSONResponse({"ok": True})


app = Starlette(routes=[Route("/carriers/arrivals", arrival_notice, methods=["POST"])])
app.state.carrier_secret = os.environ["CARRIER_WEBHOOK_SECRET"].encode()
