"""Authentication for the crew mobile app used on board.

Each registered phone holds a device token of the form
"<device_id>.<secret>". Only a SHA-256 digest of the secret is kept on
the server, alongside the crew member the phone belongs to.
"""
import hashlib
import secrets

from flask import Flask, abort, g, request

from wherryman.devices import find_device, touch_device

app = Flask(__name__)


def issue_device_token(device_id: str) -> tuple:
    secret = secrets.token_urlsafe(32)
    digest = hashlib.sha256(secret.encode()).hexdigest()
    return f"{device_id}.{secret}", digest


def _parse(header: str):
    scheme, _, value = header.partition(" ")
    if scheme.lower() != "device" or "." not in value:
        return None, None
    device_id, _, secret = value.partition(".")
    return device_id, secret


@app.before_request
def authenticate_device():
    if request.path.startswith("/health"):
        return None
    device_id, secret = _parse(request.headers.get("Authorization", ""))
    if not device_id:
        abort(401)
    device = find_device(device_id)
    if device is None or device.revoked:
        abort(401)
    presented = hashlib.sha256(secret.encode()).hexdigest()
    if not secrets.compare_digest(presented, device.secret_sha256):
        abort(401)
    g.crew_id = device.crew_id
    touch_device(device_id)
    return None


@app.get("/roster/me")
def my_roster():
    from wherryman.roster import shifts_for

    return {"crew_id": g.crew_id, "shifts": shifts_for(g.crew_id)}
