import secrets
from datetime import datetime, timedelta, timezone

from flask import Flask, make_response

app = Flask(__name__)


def kiosk_cookie_args(expires: datetime) -> dict:
    return {"expires": expires, "path": "/kiosk", "samesite": "Strict"}


def locked_cookie_args(expires: datetime) -> dict:
    return {"expires": expires, "path": "/kiosk", "samesite": "Strict", "secure": True, "httponly": True}


@app.post("/kiosk/unlock")
def unlock_kiosk():
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(hours=8)
    response = make_response("", 204)
    # ruleid: insecure-cookie-flags
    response.set_cookie("kiosk_session", token, **kiosk_cookie_args(expires))
    return response


@app.post("/kiosk/lock")
def lock_kiosk():
    token = secrets.token_urlsafe(32)
    expires = datetime.now(timezone.utc) + timedelta(hours=8)
    response = make_response("", 204)
    # ok: insecure-cookie-flags
    response.set_cookie("kiosk_session", token, **locked_cookie_args(expires))
    return response
