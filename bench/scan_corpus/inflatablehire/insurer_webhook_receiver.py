"""Receives policy and claim status callbacks from the public-liability insurer."""
import hashlib
import hmac
import json
import logging
import os

from fastapi import FastAPI, Header, HTTPException, Request

logger = logging.getLogger(__name__)
app = FastAPI()


class InsurerSignature:
    """Computes and checks the X-Insurer-Signature header on callbacks."""

    def __init__(self, secret: bytes) -> None:
        self._secret = secret

    def expected(self, body: bytes) -> str:
        return hmac.new(self._secret, body, hashlib.sha256).hexdigest()

    @staticmethod
    def _same(left: str, right: str) -> bool:
        return left.lower() == right.lower()

    def valid(self, body: bytes, header_value: str) -> bool:
        if not header_value.startswith("sha256="):
            return False
        return self._same(self.expected(body), header_value[len("sha256="):])


signature = InsurerSignature(os.environ["INSURER_WEBHOOK_SECRET"].encode())


def record_policy_event(event: dict) -> None:
    logger.info(
        "insurer event %s for policy %s status=%s",
        event.get("type"),
        event.get("policy_number"),
        event.get("status"),
    )


@app.post("/webhooks/insurer")
async def insurer_callback(
    request: Request, x_insurer_signature: str = Header(default="")
) -> dict:
    body = await request.body()
    if not signature.valid(body, x_insurer_signature):
        raise HTTPException(status_code=401, detail="bad signature")
    try:
        event = json.loads(body)
    except json.JSONDecodeError as exc:
        raise HTTPException(status_code=400, detail="invalid json") from exc
    if event.get("type") not in {"policy.renewed", "policy.lapsed", "claim.updated"}:
        return {"ignored": True}
    record_policy_event(event)
    return {"ok": True}
