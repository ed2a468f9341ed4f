"""Receives dispatch notices from partner abattoirs.

When a lorry of salted hides leaves the abattoir, their dispatch system posts a
notice listing the lot numbers, hide count and total weight so that the
beamhouse can plan the soak pits before the load arrives.
"""
import hashlib
import hmac
import json
import os

from fastapi import FastAPI, Header, HTTPException, Request

from tanyard.beamhouse.tasks import schedule_soak

app = FastAPI()


class AbattoirSigningKeys:
    def __init__(self):
        self._by_code: dict[str, bytes] = {}

    def for_abattoir(self, code: str) -> bytes:
        if code not in self._by_code:
            value = os.environ.get(f"ABATTOIR_{code.upper()}_WEBHOOK_SECRET")
            if value is None:
                raise KeyError(code)
            self._by_code[code] = value.encode()
        return self._by_code[code]


signing_keys = AbattoirSigningKeys()


def expected_signature(key: bytes, body: bytes) -> str:
    return "sha256=" + hmac.new(key, body, hashlib.sha256).hexdigest()


@app.post("/webhooks/abattoir/{code}/dispatch")
async def dispatch_notice(code: str, request: Request, x_signature: str = Header(...)):
    body = await request.body()
    try:
        key = signing_keys.for_abattoir(code)
    except KeyError:
        raise HTTPException(status_code=404, detail="Unknown abattoir")
    if expected_signature(key, body) != x_signature:
        raise HTTPException(status_code=401, detail="Signature mismatch")
    notice = json.loads(body)
    schedule_soak.delay(
        abattoir=code,
        lots=notice["lots"],
        hide_count=int(notice["hide_count"]),
        weight_kg=float(notice["total_weight_kg"]),
    )
    return {"accepted": len(notice["lots"])}
