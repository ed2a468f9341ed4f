"""Receives dump-complete notifications from the correlator and queues them for archiving."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="rt-correlator-events")


@dataclass
class DumpEvent:
    scan_id: str
    path: str
    n_integrations: int


class WebhookVerifier:
    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> str:
        return "sha256=" + hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    def verify(self, body: bytes, signature: str | None) -> bool:
        if signature is None:
            return False
        return self.expected(body) == signature


verifier = WebhookVerifier(os.environ["RT_CORRELATOR_WEBHOOK_SECRET"].encode())
archive_queue: list[DumpEvent] = []


@app.post("/hooks/dump-complete", status_code=202)
async def dump_complete(request: Request,
                        x_rt_signature: str | None = Header(default=None)) -> dict:
    body = await request.body()
    if not verifier.verify(body, x_rt_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    try:
        doc = json.loads(body)
        event = DumpEvent(scan_id=doc["scan_id"], path=doc["path"],
                          n_integrations=int(doc["n_integrations"]))
    except (KeyError, ValueError, TypeError):
        raise HTTPException(status_code=422, detail="malformed event")
    archive_queue.append(event)
    return {"queued": event.scan_id, "depth": len(archive_queue)}
