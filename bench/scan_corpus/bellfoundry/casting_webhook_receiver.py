"""Receives pour-complete webhooks from the furnace control vendor and updates casting jobs."""
from __future__ import annotations

import hashlib
import hmac
import json
import os
from typing import Any, Dict

from fastapi import FastAPI, Header, HTTPException, Request

app = FastAPI(title="Casting Webhooks")


class WebhookSecrets:
    def __init__(self, env_name: str = "FURNACE_WEBHOOK_SECRET") -> None:
        self._secret = os.environ[env_name].encode("utf-8")

    def expected_signature(self, timestamp: str, body: bytes) -> str:
        message = timestamp.encode("ascii") + b"." + body
        return hmac.new(self._secret, message, hashlib.sha256).hexdigest()


class SignatureGate:
    def __init__(self, secrets: WebhookSecrets) -> None:
        self.secrets = secrets

    def admits(self, timestamp: str, body: bytes, header_value: str) -> bool:
        scheme, _, supplied = header_value.partition("=")
        if scheme != "v1" or not supplied:
            return False
        return self.secrets.expected_signature(timestamp, body) == supplied


class CastingJobBook:
    def __init__(self) -> None:
        self.jobs: Dict[str, Dict[str, Any]] = {}

    def mark_poured(self, job_id: str, event: Dict[str, Any]) -> None:
        job = self.jobs.setdefault(job_id, {"status": "scheduled"})
        job.update(
            status="poured",
            pour_temp_c=event.get("pour_temp_c"),
            mould=event.get("mould_id"),
            finished_at=event.get("finished_at"),
        )


gate = SignatureGate(WebhookSecrets())
book = CastingJobBook()


@app.post("/webhooks/furnace")
async def furnace_event(
    request: Request,
    x_furnace_timestamp: str = Header(...),
    x_furnace_signature: str = Header(...),
):
    body = await request.body()
    if not gate.admits(x_furnace_timestamp, body, x_furnace_signature):
        raise HTTPException(status_code=401, detail="signature mismatch")
    event = json.loads(body)
    if event.get("type") == "pour.completed":
        book.mark_poured(event["job_id"], event)
    return {"ok": True}
