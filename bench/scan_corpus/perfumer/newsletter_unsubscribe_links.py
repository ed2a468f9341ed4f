"""Signed one-click unsubscribe links for the sample subscription newsletter."""
from itsdangerous import BadSignature, SignatureExpired, URLSafeTimedSerializer
from flask import Blueprint, abort, current_app, render_template, url_for

from perfumer.db import db
from perfumer.models import Subscriber

bp = Blueprint("newsletter", __name__, url_prefix="/newsletter")

LINK_MAX_AGE = 60 * 60 * 24 * 90


def _serializer() -> URLSafeTimedSerializer:
    return URLSafeTimedSerializer(current_app.config["SECRET_KEY"], salt="newsletter-unsubscribe")


def unsubscribe_url(subscriber: Subscriber) -> str:
    token = _serializer().dumps({"sid": subscriber.id, "list": "monthly"})
    return url_for("newsletter.unsubscribe", subscriber_id=subscriber.id, token=token, _external=True)


@bp.get("/unsubscribe/<int:subscriber_id>/<token>")
def unsubscribe(subscriber_id: int, token: str):
    try:
        data = _serializer().loads(token, max_age=LINK_MAX_AGE)
    except SignatureExpired:
        return render_template("newsletter/link_expired.html"), 410
    except BadSignature:
        abort(404)
    if data.get("sid") != subscriber_id:
        abort(404)
    subscriber = db.session.get(Subscriber, subscriber_id)
    if subscriber is None:
        abort(404)
    subscriber.newsletter_opt_in = False
    db.session.commit()
    return render_template("newsletter/unsubscribed.html", email=subscriber.email)
