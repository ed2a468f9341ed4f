"""Saved filters for the parking permit back-office list view.

Filter state travels in the query string, signed so it cannot be tampered
with, and serialised as plain JSON.
"""
from datetime import date

from flask import Blueprint, current_app, redirect, render_template, request, url_for
from itsdangerous import BadSignature, URLSafeSerializer

from parking.permits import list_permits

bp = Blueprint("permit_filters", __name__, url_prefix="/permits")

DEFAULT_FILTERS = {"zone": None, "status": "active", "expires_before": None}


def _serializer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="permit-filters")


def dump_filters(filters: dict) -> str:
    return _serializer().dumps(filters)


def load_filters(token: str | None) -> dict:
    if not token:
        return dict(DEFAULT_FILTERS)
    try:
        data = _serializer().loads(token)
    except BadSignature:
        return dict(DEFAULT_FILTERS)
    return {k: data.get(k, v) for k, v in DEFAULT_FILTERS.items()}


@bp.get("/")
def permit_list():
    filters = load_filters(request.args.get("f"))
    expires = filters["expires_before"]
    permits = list_permits(
        zone=filters["zone"],
        status=filters["status"],
        expires_before=date.fromisoformat(expires) if expires else None,
    )
    return render_template("permits/list.html", permits=permits, f=dump_filters(filters))


@bp.post("/filter")
def apply_filter():
    filters = {
        "zone": request.form.get("zone") or None,
        "status": request.form.get("status", "active"),
        "expires_before": request.form.get("expires_before") or None,
    }
    return redirect(url_for(".permit_list", f=dump_filters(filters)))
