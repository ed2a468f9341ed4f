"""Authenticates the boathouse sign-out kiosks against the boat booking API."""

import os
from dataclasses import dataclass
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

app = FastAPI(title="Boat booking kiosk API")


@dataclass(frozen=True)
class Kiosk:
    kiosk_id: str
    location: str


KIOSK_LOCATIONS = {
    "bh-main": "Main boathouse",
    "bh-annex": "Annex racks",
    "pontoon": "Pontoon launch hut",
}


@lru_cache(maxsize=1)
def _kiosk_keys() -> dict[str, str]:
    """Keys come from KIOSK_KEY_<ID> variables injected by the deployment."""
    keys = {}
    for kiosk_id in KIOSK_LOCATIONS:
        var = "KIOSK_KEY_" + kiosk_id.upper().replace("-", "_")
        value = os.environ.get(var)
        if value:
            keys[kiosk_id] = value
    return keys


def authenticated_kiosk(
    x_kiosk_id: str = Header(...),
    x_kiosk_key: str = Header(...),
) -> Kiosk:
    expected = _kiosk_keys().get(x_kiosk_id)
    if expected is None or x_kiosk_key != expected:
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="Unknown kiosk")
    return Kiosk(kiosk_id=x_kiosk_id, location=KIOSK_LOCATIONS[x_kiosk_id])


@app.post("/kiosk/sign-out")
def sign_out_boat(boat_id: int, crew_ids: list[int], kiosk: Kiosk = Depends(authenticated_kiosk)):
    from booking.service import record_outing

    outing = record_outing(boat_id=boat_id, crew_ids=crew_ids, location=kiosk.location)
    return {"outing_id": outing.id, "boat": outing.boat_name, "out_at": outing.out_at.isoformat()}


@app.post("/kiosk/sign-in/{outing_id}")
def sign_in_boat(outing_id: int, damage_note: str = "", kiosk: Kiosk = Depends(authenticated_kiosk)):
    from booking.service import close_outing

    outing = close_outing(outing_id, damage_note=damage_note.strip()[:500], location=kiosk.location)
    return {"outing_id": outing.id, "in_at": outing.in_at.isoformat()}
