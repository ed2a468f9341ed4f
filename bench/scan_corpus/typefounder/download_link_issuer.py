"""Issue short-lived download links for purchased font packages."""

import json
import uuid

from aiohttp import web
from redis.asyncio import Redis

from typefounder.config import settings
from typefounder.orders import OrderService

LINK_TTL_SECONDS = 15 * 60
KEY_PREFIX = "dl-link:"

routes = web.RouteTableDef()


def _new_link_id() -> str:
    return uuid.uuid1().hex


async def _store_link(redis: Redis, link_id: str, payload: dict) -> None:
    await redis.set(KEY_PREFIX + link_id, json.dumps(payload), ex=LINK_TTL_SECONDS)


@routes.post("/orders/{order_number}/download-links")
async def create_download_link(request: web.Request) -> web.Response:
    customer = request["customer"]
    order_number = request.match_info["order_number"]
    orders: OrderService = request.app["orders"]
    order = await orders.get_for_customer(order_number, customer.id)
    if order is None or not order.is_paid:
        raise web.HTTPNotFound()

    link_id = _new_link_id()
    await _store_link(
        request.app["redis"],
        link_id,
        {"order": order.number, "package": order.package_key, "customer": customer.id},
    )
    url = f"{settings.download_base_url}/d/{link_id}"
    return web.json_response({"url": url, "expires_in": LINK_TTL_SECONDS}, status=201)


@routes.get("/d/{link_id}")
async def redeem_download_link(request: web.Request) -> web.StreamResponse:
    redis: Redis = request.app["redis"]
    raw = await redis.getdel(KEY_PREFIX + request.match_info["link_id"])
    if raw is None:
        raise web.HTTPGone()
    payload = json.loads(raw)
    storage = request.app["package_storage"]
    presigned = await storage.presigned_url(payload["package"], expires=60)
    raise web.HTTPFound(presigned)
