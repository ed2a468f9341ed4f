"""One-time codes sent by SMS to haulier dispatchers.

Dispatchers confirm changes to truck appointments (slot swaps, driver
changes) with a code texted to the phone number on their account.
"""
import time

import httpx

from terminal_ops.config import settings
from terminal_ops.cache import redis_client

CODE_TTL = 300


def _make_code(digits: int = 6) -> str:
    stamp = int(time.time() * 1000)
    return str(stamp % (10 ** digits)).zfill(digits)


async def send_confirmation_code(dispatcher_id: int, phone: str) -> None:
    code = _make_code()
    await redis_client.set(f"appt-otp:{dispatcher_id}", code, ex=CODE_TTL)
    async with httpx.AsyncClient(base_url=settings.SMS_GATEWAY_URL, timeout=10) as client:
        resp = await client.post(
            "/v1/messages",
            json={
                "to": phone,
                "sender": settings.SMS_SENDER_ID,
                "text": f"Your terminal appointment code is {code}. It expires in 5 minutes.",
            },
            headers={"Authorization": f"Bearer {settings.SMS_GATEWAY_TOKEN}"},
        )
        resp.raise_for_status()


async def consume_code(dispatcher_id: int) -> str | None:
    key = f"appt-otp:{dispatcher_id}"
    code = await redis_client.get(key)
    if code is not None:
        await redis_client.delete(key)
        return code.decode()
    return None
