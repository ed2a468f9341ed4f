"""FastAPI endpoint for Slack interactive components (buttons, modals)."""
import hashlib
import hmac
import json
import time
from urllib.parse import parse_qs

from fastapi import APIRouter, HTTPException, Request, Response

from .config import settings
from .actions import handle_block_action

router = APIRouter()
MAX_SKEW_SECONDS = 300


def _check_signature(timestamp: str, body: bytes, signature: str) -> None:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW_SECONDS:
        raise HTTPException(status_code=401, detail="stale request")
    secret = settings.slack_signing_secret.get_secret_value().encode()
    base = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(secret, base, hashlib.sha256).hexdigest()
    if not hmac.compare_digest(expected, signature):
        raise HTTPException(status_code=401, detail="invalid signature")


@router.post("/slack/interactions")
async def interactions(request: Request) -> Response:
    body = await request.body()
    _check_signature(
        request.headers.get("X-Slack-Request-Timestamp", ""),
        body,
        request.headers.get("X-Slack-Signature", ""),
    )
    payload = json.loads(parse_qs(body.decode())["payload"][0])
    if payload.get("api_app_id") != settings.slack_app_id:
        raise HTTPException(status_code=403, detail="unexpected app")
    if payload["type"] == "block_actions":
        await handle_block_action(payload)
    return Response(status_code=200)
