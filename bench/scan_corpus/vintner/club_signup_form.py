"""Web signup for new wine club members."""

import logging

from flask import Blueprint, flash, redirect, render_template, request, url_for
from werkzeug.security import generate_password_hash

from vintner.club.models import ClubMember, db
from vintner.club.tiers import TIERS

bp = Blueprint("club_signup", __name__)
logger = logging.getLogger(__name__)

REQUIRED_FIELDS = ("full_name", "email", "password", "tier", "postcode")


def _validate(form: dict) -> list:
    problems = [f"{name} is required" for name in REQUIRED_FIELDS if not form.get(name)]
    if form.get("tier") and form["tier"] not in TIERS:
        problems.append("unknown membership tier")
    if form.get("password") and len(form["password"]) < 10:
        problems.append("password must be at least 10 characters")
    if ClubMember.query.filter_by(email=form.get("email", "").lower()).first():
        problems.append("that email is already registered")
    return problems


@bp.route("/club/join", methods=["GET", "POST"])
def join():
    if request.method == "GET":
        return render_template("club/join.html", tiers=TIERS)
    form_data = request.form.to_dict()
    problems = _validate(form_data)
    if problems:
        logger.info("club signup rejected: %s submitted=%s", problems, form_data)
        for problem in problems:
            flash(problem, "error")
        return render_template("club/join.html", tiers=TIERS, form=form_data), 400
    member = ClubMember(
        full_name=form_data["full_name"],
        email=form_data["email"].lower(),
        tier=form_data["tier"],
        postcode=form_data["postcode"],
        password_hash=generate_password_hash(form_data["password"]),
    )
    db.session.add(member)
    db.session.commit()
    return redirect(url_for("club.welcome", member_id=member.id))
