"""Password reset for the members' area of the website."""
import logging

from flask import Blueprint, abort, render_template, request, url_for

from .mail import send_email
from .members import members
from .tokens import reset_tokens

log = logging.getLogger("members.auth")

bp = Blueprint("account", __name__, url_prefix="/account")

MIN_PASSWORD_LENGTH = 12


@bp.post("/password-reset")
def request_reset():
    email = (request.form.get("email") or "").strip().lower()
    member = members.find_by_email(email)
    if member is not None:
        token = reset_tokens.issue(member.id)
        link = url_for("account.reset_password", token=token, _external=True)
        send_email(
            member.email,
            "Reset your Northfield Planetarium password",
            render_template("email/password_reset.txt", link=link, first_name=member.first_name),
        )
        log.info("password reset link issued for member %s", member.id)
    else:
        log.info("password reset requested for an unknown address")
    # same response either way so the form can't be used to probe for members
    return render_template("account/reset_sent.html"), 202


@bp.post("/password-reset/<token>")
def reset_password(token: str):
    member_id = reset_tokens.consume(token)
    if member_id is None:
        abort(404)
    new_password = request.form.get("password", "")
    if len(new_password) < MIN_PASSWORD_LENGTH:
        return render_template("account/reset_form.html", token=token,
                               error=f"Use at least {MIN_PASSWORD_LENGTH} characters."), 400
    members.set_password(member_id, new_password)
    log.info("password changed via reset link for member %s", member_id)
    return render_template("account/reset_done.html")
