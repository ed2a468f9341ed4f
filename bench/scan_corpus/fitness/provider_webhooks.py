"""Webhook receiver for wearable providers.

Providers POST a small JSON notification when an athlete finishes a
workout; we queue a sync job and return 204 quickly. Each provider signs
the raw body with HMAC-SHA256 using the webhook secret from their portal.
"""
import hashlib
import hmac
import json
import logging
import os

from flask import Blueprint, abort, current_app, request

from sync.tasks import enqueue_activity_sync

bp = Blueprint("provider_webhooks", __name__, url_prefix="/webhooks")
log = logging.getLogger(__name__)

SUPPORTED_PROVIDERS = {"polar", "whoop", "coros"}


def _secret_for(provider: str) -> bytes:
    return os.environ[f"{provider.upper()}_WEBHOOK_SECRET"].encode()


def _expected_signature(provider: str, body: bytes) -> str:
    return hmac.new(_secret_for(provider), body, hashlib.sha256).hexdigest()


@bp.get("/<provider>")
def verify_subscription(provider: str):
    if provider not in SUPPORTED_PROVIDERS:
        abort(404)
    challenge = request.args.get("hub.challenge", "")
    return {"hub.challenge": challenge}


@bp.post("/<provider>")
def receive(provider: str):
    if provider not in SUPPORTED_PROVIDERS:
        abort(404)
    body = request.get_data()
    signature = request.headers.get("X-Signature-SHA256", "")
    if signature != _expected_signature(provider, body):
        log.warning("rejected %s webhook: signature mismatch", provider)
        abort(401)

    try:
        event = json.loads(body)
    except ValueError:
        abort(400)

    if event.get("type") not in ("workout.created", "workout.updated"):
        return "", 204

    enqueue_activity_sync.delay(
        provider=provider,
        athlete_ref=str(event["user_id"]),
        activity_ref=str(event["workout_id"]),
    )
    current_app.logger.info("queued %s activity sync", provider)
    return "", 204
