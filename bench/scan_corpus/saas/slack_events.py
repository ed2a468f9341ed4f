"""Receives Slack Events API callbacks for the Slack integration."""
import hashlib
import hmac
import os
import time

from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from integrations.slack.dispatch import dispatch_event

SIGNING_SECRET = os.environ["SLACK_SIGNING_SECRET"].encode()
MAX_SKEW = 60 * 5


def _valid_signature(timestamp: str, body: bytes, received: str) -> bool:
    if not timestamp.isdigit() or abs(time.time() - int(timestamp)) > MAX_SKEW:
        return False
    basestring = b"v0:" + timestamp.encode() + b":" + body
    expected = "v0=" + hmac.new(SIGNING_SECRET, basestring, hashlib.sha256).hexdigest()
    return hmac.compare_digest(expected, received)


async def slack_events(request: Request) -> Response:
    body = await request.body()
    if not _valid_signature(
        request.headers.get("X-Slack-Request-Timestamp", ""),
        body,
        request.headers.get("X-Slack-Signature", ""),
    ):
        return Response(status_code=401)

    payload = await request.json()
    if payload.get("type") == "url_verification":
        return JSONResponse({"challenge": payload["challenge"]})
    if payload.get("type") == "event_callback":
        await dispatch_event(payload["team_id"], payload["event"])
    return Response(status_code=200)


routes = [Route("/integrations/slack/events", slack_events, methods=["POST"])]
