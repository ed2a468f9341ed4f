"""Trusted-device cookie for the client portal's second-factor step.

After a client completes the emailed one-time code, they can tick
"remember this device" and skip the code for 30 days.
"""
import secrets

from flask import Blueprint, make_response, redirect, request, session, url_for

from .devices import register_trusted_device, revoke_trusted_device

bp = Blueprint("portal_devices", __name__)

DEVICE_COOKIE = "portal_trusted_device"
DEVICE_COOKIE_OPTIONS = {
    "max_age": 30 * 24 * 3600,
    "httponly": True,
    "secure": False,
    "samesite": "Lax",
    "path": "/portal",
}


@bp.post("/portal/mfa/remember")
def remember_device():
    contact_id = session.get("portal_contact_id")
    if contact_id is None or not session.get("mfa_passed"):
        return redirect(url_for("portal_auth.login"))

    token = secrets.token_urlsafe(32)
    register_trusted_device(contact_id, token, user_agent=request.user_agent.string)

    resp = make_response(redirect(url_for("portal.dashboard")))
    resp.set_cookie(DEVICE_COOKIE, token, **DEVICE_COOKIE_OPTIONS)
    return resp


@bp.post("/portal/mfa/forget")
def forget_device():
    token = request.cookies.get(DEVICE_COOKIE)
    if token:
        revoke_trusted_device(token)
    resp = make_response(redirect(url_for("portal.security_settings")))
    resp.delete_cookie(DEVICE_COOKIE, path="/portal")
    return resp
