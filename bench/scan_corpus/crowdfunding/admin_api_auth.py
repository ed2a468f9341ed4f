"""Bearer-token auth for internal admin endpoints (refund overrides, payout holds)."""

import os
import secrets

from fastapi import Depends, FastAPI, HTTPException, Request, status

app = FastAPI(title="Ops admin API")


def _admin_token() -> str:
    return os.environ["OPS_ADMIN_TOKEN"]


def require_admin(request: Request) -> None:
    auth = request.headers.get("Authorization", "")
    scheme, _, token = auth.partition(" ")
    if scheme.lower() != "bearer" or not token:
        raise HTTPException(status.HTTP_401_UNAUTHORIZED, headers={"WWW-Authenticate": "Bearer"})
    if not secrets.compare_digest(token.encode(), _admin_token().encode()):
        raise HTTPException(status.HTTP_403_FORBIDDEN, "invalid admin token")


@app.post("/admin/payouts/{payout_id}/hold", dependencies=[Depends(require_admin)])
async def hold_payout(payout_id: int, reason: str):
    from payouts.admin import place_hold

    await place_hold(payout_id, reason=reason)
    return {"payout_id": payout_id, "held": True}
