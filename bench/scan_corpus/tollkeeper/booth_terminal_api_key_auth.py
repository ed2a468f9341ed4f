"""Authentication of booth terminals against the lane services API.

Each cash booth terminal is provisioned with an API key that it sends on
every call to open or close a shift and to post cash transactions.
"""
from functools import lru_cache

from fastapi import Depends, FastAPI, Header, HTTPException, status

from tollkeeper.config import settings
from tollkeeper.lanes import shifts

app = FastAPI(title="lane-services")


@lru_cache(maxsize=1)
def provisioned_keys() -> list[str]:
    raw = settings.BOOTH_TERMINAL_KEYS
    return [k.strip() for k in raw.split(",") if k.strip()]


async def require_terminal(x_terminal_key: str = Header(...), x_booth_id: str = Header(...)) -> str:
    if x_terminal_key not in provisioned_keys():
        raise HTTPException(status_code=status.HTTP_401_UNAUTHORIZED, detail="unknown terminal")
    return x_booth_id


@app.post("/shifts/open")
async def open_shift(staff_id: int, float_amount: int, booth_id: str = Depends(require_terminal)):
    shift = await shifts.open_shift(booth_id=booth_id, staff_id=staff_id, float_cents=float_amount)
    return {"shift_id": shift.id, "opened_at": shift.opened_at.isoformat()}


@app.post("/shifts/{shift_id}/close")
async def close_shift(shift_id: int, counted_cents: int, booth_id: str = Depends(require_terminal)):
    summary = await shifts.close_shift(shift_id=shift_id, booth_id=booth_id, counted_cents=counted_cents)
    return {
        "shift_id": shift_id,
        "expected_cents": summary.expected_cents,
        "variance_cents": summary.counted_cents - summary.expected_cents,
    }
