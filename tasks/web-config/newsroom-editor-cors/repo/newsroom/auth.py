"""Session login for newsroom staff."""
from functools import wraps

from flask import Blueprint, current_app, jsonify, request, session

bp = Blueprint("auth", __name__, url_prefix="/auth")


def login_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        if "staff_email" not in session:
            return jsonify(error="login required"), 401
        return view(*args, **kwargs)

    return wrapper


@bp.post("/login")
def login():
    payload = request.get_json(silent=True) or {}
    store = current_app.extensions["newsroom_store"]
    member = store.check_login(payload.get("email"), payload.get("password"))
    if member is None:
        return jsonify(error="invalid credentials"), 401
    session.clear()
    session.permanent = True
    session["staff_email"] = member["email"]
    return jsonify(email=member["email"], role=member["role"])


@bp.post("/logout")
def logout():
    session.clear()
    return "", 204


@bp.get("/me")
@login_required
def me():
    return jsonify(email=session["staff_email"])
