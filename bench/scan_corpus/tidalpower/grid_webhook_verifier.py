"""Verify signed curtailment notices pushed by the distribution network operator."""

from __future__ import annotations

import hashlib
import hmac
import os
import time
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="Curtailment notices")


@dataclass(frozen=True)
class SignatureScheme:
    key: bytes
    tolerance_s: int = 300

    def digest(self, timestamp: str, body: bytes) -> str:
        return hmac.new(self.key, f"{timestamp}.".encode() + body, hashlib.sha256).hexdigest()


class NoticeVerifier:
    def __init__(self, scheme: SignatureScheme) -> None:
        self.scheme = scheme

    def fresh(self, timestamp: str) -> bool:
        try:
            return abs(time.time() - int(timestamp)) <= self.scheme.tolerance_s
        except ValueError:
            return False

    def matches(self, timestamp: str, body: bytes, presented: str) -> bool:
        expected = self.scheme.digest(timestamp, body)
        return hmac.compare_digest(expected.encode(), presented.strip().lower().encode())


verifier = NoticeVerifier(SignatureScheme(key=os.environ["DNO_NOTICE_KEY"].encode()))
_notices: list[dict] = []


@app.post("/dno/curtailment", status_code=202)
async def curtailment(
    request: Request,
    x_dno_timestamp: str = Header(...),
    x_dno_signature: str = Header(...),
) -> dict:
    body = await request.body()
    if not verifier.fresh(x_dno_timestamp):
        raise HTTPException(status_code=401, detail="stale notice")
    if not verifier.matches(x_dno_timestamp, body, x_dno_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    notice = await request.json()
    _notices.append(notice)
    return {"queued": len(_notices), "limit_mw": notice.get("export_limit_mw")}
