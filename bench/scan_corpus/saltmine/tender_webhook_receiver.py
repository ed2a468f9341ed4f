"""Receives status callbacks from the public procurement notice service."""
from __future__ import annotations

import hashlib
import hmac
import os
from typing import Any, Dict

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI()


class CallbackAuthenticator:
    def __init__(self, secret_env: str = "PROCUREMENT_CALLBACK_SECRET") -> None:
        self._secret = os.environ[secret_env].encode()

    def digest(self, body: bytes) -> str:
        return "sha256=" + hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def verify(self, body: bytes, signature: str) -> bool:
        return hmac.compare_digest(self.digest(body), signature)


auth = CallbackAuthenticator()
NOTICE_STATES: Dict[str, str] = {}


@app.post("/callbacks/procurement")
async def procurement_callback(
    request: Request,
    x_signature: str = Header(..., alias="X-Notice-Signature"),
) -> Dict[str, Any]:
    body = await request.body()
    if not auth.verify(body, x_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = await request.json()
    notice_id = event["notice_id"]
    NOTICE_STATES[notice_id] = event["status"]
    return {"notice": notice_id, "status": NOTICE_STATES[notice_id]}


@app.get("/notices/{notice_id}")
def notice_status(notice_id: str) -> Dict[str, str]:
    if notice_id not in NOTICE_STATES:
        raise HTTPException(status_code=404)
    return {"notice": notice_id, "status": NOTICE_STATES[notice_id]}
