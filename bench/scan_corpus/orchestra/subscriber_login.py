from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_user
from werkzeug.security import check_password_hash

from .models import Subscriber

bp = Blueprint("subscriber_auth", __name__, url_prefix="/account")


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("account/login.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    subscriber = Subscriber.query.filter_by(email=email).first()

    if subscriber is None or not check_password_hash(subscriber.password_hash, password):
        current_app.logger.warning("failed subscriber login email=%s password=%s", email, password)
        flash("That email and password combination was not recognised.")
        return render_template("account/login.html", email=email), 401

    login_user(subscriber, remember=request.form.get("remember") == "on")
    return redirect(url_for("subscriptions.overview"))
