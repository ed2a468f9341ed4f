"""Accepts class bookings pushed by third-party experience marketplaces."""

import base64
import hashlib
import hmac
import logging

from fastapi import APIRouter, HTTPException, Request, status

from hotshop.bookings import import_partner_booking
from hotshop.config import settings

logger = logging.getLogger(__name__)
router = APIRouter(prefix="/partners", tags=["partners"])


class PartnerVerifier:
    def __init__(self, secrets_by_partner: dict[str, str]):
        self._secrets = secrets_by_partner

    def expected(self, partner: str, body: bytes) -> bytes | None:
        secret = self._secrets.get(partner)
        if secret is None:
            return None
        mac = hmac.new(secret.encode(), body, hashlib.sha256).digest()
        return base64.b64encode(mac)

    def verify(self, partner: str, body: bytes, presented: str) -> bool:
        expected = self.expected(partner, body)
        if expected is None:
            return False
        return hmac.compare_digest(expected, presented.encode())


verifier = PartnerVerifier(settings.PARTNER_WEBHOOK_SECRETS)


@router.post("/{partner}/bookings")
async def partner_booking(partner: str, request: Request):
    body = await request.body()
    presented = request.headers.get("X-Partner-Signature", "")
    if not verifier.verify(partner, body, presented):
        logger.info("rejected booking push from partner %s", partner)
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, "bad signature")
    payload = await request.json()
    booking = await import_partner_booking(partner, payload)
    return {"booking_id": booking.id, "status": booking.status}
