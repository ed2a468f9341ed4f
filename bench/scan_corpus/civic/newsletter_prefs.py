"""Newsletter preference centre for the investigations desk.

Readers arriving from a newsletter link get a signed cookie identifying
their subscription so they can change topics without logging in.
"""
from flask import Blueprint, abort, current_app, make_response, redirect, request, url_for
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer

from newsletters.models import Subscription, db

bp = Blueprint("newsletter_prefs", __name__, url_prefix="/newsletters")

PREFS_COOKIE = "nl_prefs"
PREFS_MAX_AGE = 30 * 24 * 3600
TOPICS = {"investigations", "local-gov", "courts", "data-desk"}


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="newsletter-prefs")


@bp.get("/manage/<token>")
def enter_from_email(token: str):
    try:
        sub_id = _serializer().loads(token, max_age=7 * 24 * 3600)
    except (BadSignature, SignatureExpired):
        abort(404)
    resp = make_response(redirect(url_for("newsletter_prefs.preferences")))
    resp.set_cookie(
        PREFS_COOKIE,
        _serializer().dumps(sub_id),
        max_age=PREFS_MAX_AGE,
        secure=True,
        httponly=True,
        samesite="Lax",
    )
    return resp


@bp.route("/preferences", methods=["GET", "POST"])
def preferences():
    try:
        sub_id = _serializer().loads(request.cookies.get(PREFS_COOKIE, ""), max_age=PREFS_MAX_AGE)
    except (BadSignature, SignatureExpired):
        abort(403)
    sub = db.get_or_404(Subscription, sub_id)
    if request.method == "POST":
        sub.topics = sorted(TOPICS.intersection(request.form.getlist("topic")))
        db.session.commit()
    return {"email": sub.email, "topics": sub.topics, "available": sorted(TOPICS)}
