"""Customer portal authentication views."""
from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_required, login_user, logout_user

from .models import Customer, db

auth_bp = Blueprint("auth", __name__, url_prefix="/account")

MAX_ATTEMPTS = 5


@auth_bp.get("/login")
def login_form():
    return render_template("account/login.html")


@auth_bp.post("/login")
def login():
    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    customer = db.session.execute(
        db.select(Customer).filter_by(email=email)
    ).scalar_one_or_none()

    if customer is None or customer.locked:
        flash("Invalid email or password.")
        return redirect(url_for(".login_form"))

    if not customer.check_password(password):
        customer.failed_logins += 1
        if customer.failed_logins >= MAX_ATTEMPTS:
            customer.locked = True
        db.session.commit()
        current_app.logger.warning(
            "failed portal login for %s (attempt %d, password=%r)",
            email, customer.failed_logins, password,
        )
        flash("Invalid email or password.")
        return redirect(url_for(".login_form"))

    customer.failed_logins = 0
    db.session.commit()
    login_user(customer)
    current_app.logger.info("portal login for customer %s", customer.id)
    return redirect(url_for("portal.dashboard"))


@auth_bp.post("/logout")
@login_required
def logout():
    logout_user()
    return redirect(url_for(".login_form"))
