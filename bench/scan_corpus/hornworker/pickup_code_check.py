"""Collection codes for customers picking up orders at the workshop.

When an order is ready the customer receives a six-digit code by SMS; the
counter tablet asks for it before handing over the parcel.
"""
import secrets

import redis.asyncio as redis

from hornworker.settings import REDIS_URL, PICKUP

_pool = redis.from_url(REDIS_URL)


def _key(order_ref: str) -> str:
    return f"pickup:{order_ref}"


async def create_pickup_code(order_ref: str) -> str:
    code = f"{secrets.randbelow(1_000_000):06d}"
    await _pool.set(_key(order_ref), code, ex=PICKUP["code_ttl_seconds"])
    await _pool.delete(_key(order_ref) + ":tries")
    return code


async def confirm_pickup(order_ref: str, entered: str) -> bool:
    tries_key = _key(order_ref) + ":tries"
    tries = await _pool.incr(tries_key)
    await _pool.expire(tries_key, PICKUP["code_ttl_seconds"])
    if tries > PICKUP["max_tries"]:
        return False
    stored = await _pool.get(_key(order_ref))
    if stored is None:
        return False
    expected = stored.decode("ascii")
    matched = expected == entered.strip()
    if matched:
        await _pool.delete(_key(order_ref), tries_key)
    return matched


async def pickup_status(order_ref: str) -> dict:
    ttl = await _pool.ttl(_key(order_ref))
    return {"order_ref": order_ref, "code_active": ttl > 0, "expires_in": max(ttl, 0)}
