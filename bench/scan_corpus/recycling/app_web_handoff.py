"""Sign-in handoff from the resident mobile app to the web account pages.

The app opens the web view with a short-lived code; we exchange it for the
resident's session and set the web session cookie.
"""

from datetime import timedelta

from flask import Blueprint, abort, current_app, redirect, request, session, url_for

from resident_app.handoff import redeem_handoff_code

bp = Blueprint("app_handoff", __name__)

HANDOFF_COOKIE = "rcy_web"
HANDOFF_COOKIE_OPTIONS = {
    "max_age": int(timedelta(hours=8).total_seconds()),
    "path": "/",
    "secure": True,
    "httponly": True,
    "samesite": "Lax",
}


@bp.get("/app/handoff")
def handoff():
    code = request.args.get("code", "")
    resident_id = redeem_handoff_code(code)
    if resident_id is None:
        abort(403)
    session.clear()
    session["resident_id"] = resident_id
    session.permanent = True
    web_token = current_app.session_interface.get_signing_serializer(current_app).dumps(
        {"rid": resident_id}
    )
    resp = redirect(url_for("account.dashboard"))
    resp.set_cookie(HANDOFF_COOKIE, web_token, **HANDOFF_COOKIE_OPTIONS)
    return resp


@bp.post("/app/signout")
def signout():
    session.clear()
    resp = redirect(url_for("public.home"))
    resp.delete_cookie(HANDOFF_COOKIE, path="/", secure=True, httponly=True, samesite="Lax")
    return resp
