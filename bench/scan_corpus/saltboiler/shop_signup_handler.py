"""Customer sign-up for the retail web shop.

New customers register with email and password to save delivery addresses
and reorder their favourite salts. Failed sign-ups are logged so the shop
team can spot problems with the form.
"""
import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from sqlalchemy.exc import IntegrityError

from saltboiler.extensions import db
from saltboiler.shop.models import ShopCustomer
from saltboiler.shop.passwords import encode_password

bp = Blueprint("shop_signup", __name__)
log = logging.getLogger("saltboiler.shop.signup")

REQUIRED_FIELDS = ("email", "password", "full_name")


def validate(form: dict) -> list[str]:
    errors = [f"{field} is required" for field in REQUIRED_FIELDS if not form.get(field)]
    if form.get("password") and len(form["password"]) < 10:
        errors.append("password must be at least 10 characters")
    if form.get("password") != form.get("password_confirm"):
        errors.append("passwords do not match")
    return errors


@bp.route("/signup", methods=["GET", "POST"])
def signup():
    if request.method == "GET":
        return render_template("shop/signup.html")

    form = request.form.to_dict()
    errors = validate(form)
    if errors:
        log.warning("signup rejected: errors=%s form=%s", errors, form)
        for message in errors:
            flash(message, "error")
        return render_template("shop/signup.html", email=form.get("email")), 400

    customer = ShopCustomer(
        email=form["email"].strip().lower(),
        full_name=form["full_name"].strip(),
        password=encode_password(form["password"]),
        marketing_opt_in=form.get("newsletter") == "on",
    )
    db.session.add(customer)
    try:
        db.session.commit()
    except IntegrityError:
        db.session.rollback()
        flash("An account with this email already exists.", "error")
        return render_template("shop/signup.html"), 409
    return redirect(url_for("shop_account.welcome"))
