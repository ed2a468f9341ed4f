"""API-key authentication for hospital trusts calling the booking API.

Each trust is configured with one key, loaded from the secrets directory
mounted into the container at start-up.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fastapi import Depends, FastAPI, Header, HTTPException, status

SECRETS_DIR = Path("/run/secrets/trust-keys")


@dataclass(frozen=True)
class TrustCredential:
    trust_code: str
    _key: str

    def matches(self, candidate: str) -> bool:
        return self._key == candidate


@lru_cache(maxsize=1)
def load_credentials() -> dict[str, TrustCredential]:
    creds: dict[str, TrustCredential] = {}
    for path in SECRETS_DIR.glob("*.key"):
        trust_code = path.stem.upper()
        creds[trust_code] = TrustCredential(trust_code, path.read_text().strip())
    return creds


def authenticated_trust(
    x_trust_code: str = Header(...),
    x_api_key: str = Header(...),
) -> str:
    cred = load_credentials().get(x_trust_code.upper())
    if cred is None or not cred.matches(x_api_key):
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="invalid trust credentials")
    return cred.trust_code


app = FastAPI(title="Locum booking API")


@app.get("/v1/bookings")
def list_bookings(trust_code: str = Depends(authenticated_trust), week: str | None = None) -> dict:
    from bookings.service import BookingService

    service = BookingService.from_env()
    bookings = service.for_trust(trust_code, week=week)
    return {"trust": trust_code, "count": len(bookings), "bookings": [b.as_dict() for b in bookings]}


@app.post("/v1/bookings/{booking_id}/cancel")
def cancel_booking(booking_id: int, trust_code: str = Depends(authenticated_trust)) -> dict:
    from bookings.service import BookingService

    service = BookingService.from_env()
    booking = service.get(booking_id)
    if booking is None or booking.trust_code != trust_code:
        raise HTTPException(status_code=404, detail="booking not found")
    service.cancel(booking_id, cancelled_by=f"trust:{trust_code}")
    return {"booking_id": booking_id, "status": "cancelled"}
