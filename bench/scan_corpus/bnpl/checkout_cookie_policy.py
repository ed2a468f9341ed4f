"""Cookie handling for the checkout widget iframe.

The widget runs in an iframe on the merchant's site, so the device cookie has to
be SameSite=None to be sent in that third-party context.
"""
from fastapi import APIRouter, Request, Response
from pydantic import BaseModel

from bnpl.checkout.devices import register_device, rotate_device_token

router = APIRouter(prefix="/widget/v1")

DEVICE_COOKIE = "bnpl_dev"
DEVICE_COOKIE_OPTS = {
    "max_age": 180 * 24 * 3600,
    "path": "/widget/",
    "secure": True,
    "httponly": True,
    "samesite": "none",
}


class DeviceHello(BaseModel):
    merchant_id: str
    user_agent_hint: str | None = None


@router.post("/device")
def device_hello(body: DeviceHello, request: Request, response: Response):
    existing = request.cookies.get(DEVICE_COOKIE)
    if existing:
        token = rotate_device_token(existing, body.merchant_id)
    else:
        token = register_device(body.merchant_id, body.user_agent_hint)
    response.set_cookie(DEVICE_COOKIE, token, **DEVICE_COOKIE_OPTS)
    return {"known_device": bool(existing)}


@router.delete("/device", status_code=204)
def forget_device(response: Response):
    response.delete_cookie(
        DEVICE_COOKIE, path="/widget/", secure=True, httponly=True, samesite="none"
    )
