"""aiohttp service receiving continuous-bond status notices from the surety company."""
from __future__ import annotations

import base64
import hashlib
import hmac
import os
from typing import Awaitable, Callable

from aiohttp import web

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


class SuretySignature:
    header = "X-Surety-Signature"

    @staticmethod
    def compute(secret: bytes, method: str, path: str, body: bytes) -> bytes:
        canonical = b"\n".join([method.upper().encode(), path.encode(), body])
        return hmac.new(secret, canonical, hashlib.sha512).digest()

    @classmethod
    def check(cls, secret: bytes, request: web.Request, body: bytes) -> bool:
        try:
            presented = base64.b64decode(request.headers.get(cls.header, ""), validate=True)
        except ValueError:
            return False
        expected = cls.compute(secret, request.method, request.path, body)
        return hmac.compare_digest(presented, expected)


@web.middleware
async def surety_auth(request: web.Request, handler: Handler) -> web.StreamResponse:
    body = await request.read()
    if not SuretySignature.check(request.app["surety_secret"], request, body):
        raise web.HTTPUnauthorized(text="signature rejected")
    return await handler(request)


async def bond_status(request: web.Request) -> web.Response:
    notice = await request.json()
    await request.app["bonds"].update_status(
        bond_number=notice["bondNumber"],
        status=notice["status"],
        sufficiency=notice.get("sufficiencyAmount"),
    )
    return web.json_response({"accepted": notice["bondNumber"]})


def create_app() -> web.Application:
    app = web.Application(middlewares=[surety_auth])
    app["surety_secret"] = os.environ["SURETY_WEBHOOK_SECRET"].encode()
    app.router.add_post("/surety/bonds", bond_status)
    return app
