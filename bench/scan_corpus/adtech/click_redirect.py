"""Click tracking redirect endpoint.

Ad markup links to /c/<click_id>?u=<dest>&s=<sig>. The signature is an HMAC over
the click id and destination so the redirect cannot be reused to send users to
arbitrary sites.
"""
import hashlib
import hmac
import time
from urllib.parse import unquote

from flask import Blueprint, abort, current_app, redirect, request

from tracking.events import ClickEvent, publish_click

bp = Blueprint("clicks", __name__)


def _signing_key() -> bytes:
    return current_app.config["CLICK_SIGNING_KEY"].encode()


def _expected_signature(click_id: str, destination: str) -> str:
    msg = f"{click_id}|{destination}".encode()
    return hmac.new(_signing_key(), msg, hashlib.sha256).hexdigest()


@bp.route("/c/<click_id>")
def click(click_id: str):
    destination = unquote(request.args.get("u", ""))
    signature = request.args.get("s", "")
    if not destination or not signature:
        abort(400)

    if signature.lower() != _expected_signature(click_id, destination):
        current_app.logger.info("rejected click %s: signature mismatch", click_id)
        abort(403)

    publish_click(
        ClickEvent(
            click_id=click_id,
            destination=destination,
            ts=time.time(),
            ip=request.remote_addr,
            user_agent=request.headers.get("User-Agent", ""),
        )
    )
    return redirect(destination, code=302)
