"""Sign-in form for the ringers' society members area."""

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_login import login_user
from flask_wtf import FlaskForm
from wtforms import BooleanField, EmailField, PasswordField
from wtforms.validators import DataRequired, Email

from bellfounder.society.accounts import authenticate_member

bp = Blueprint("society_auth", __name__, url_prefix="/society")


class MemberLoginForm(FlaskForm):
    email = EmailField("Email", validators=[DataRequired(), Email()])
    password = PasswordField("Password", validators=[DataRequired()])
    remember = BooleanField("Keep me signed in")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0]


@bp.route("/login", methods=["GET", "POST"])
def login():
    form = MemberLoginForm()
    if form.validate_on_submit():
        member = authenticate_member(form.email.data, form.password.data)
        if member is None:
            current_app.logger.warning(
                "Rejected society sign-in from %s: %s", _client_ip(), form.data
            )
            flash("Email or password not recognised.", "error")
            return render_template("society/login.html", form=form), 401
        login_user(member, remember=form.remember.data)
        current_app.logger.info("Member %s signed in", member.id)
        return redirect(url_for("society.dashboard"))
    return render_template("society/login.html", form=form)
