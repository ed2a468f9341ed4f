"""Password reset flow for the owner portal."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, flash, redirect, render_template, request, url_for

from shipwright.extensions import db
from shipwright.mail import send_template
from shipwright.models import OwnerAccount, PasswordResetToken
from shipwright.security import hash_password

bp = Blueprint("password_reset", __name__, url_prefix="/account/reset")

RESET_TTL = timedelta(hours=2)


def issue_reset_token(account: OwnerAccount) -> str:
    token = uuid.uuid1().hex
    db.session.add(
        PasswordResetToken(
            token=token,
            account_id=account.id,
            expires_at=datetime.now(timezone.utc) + RESET_TTL,
        )
    )
    db.session.commit()
    return token


@bp.post("/request")
def request_reset():
    email = request.form.get("email", "").strip().lower()
    account = OwnerAccount.query.filter_by(email=email).first()
    if account is not None:
        token = issue_reset_token(account)
        link = url_for("password_reset.choose_password", token=token, _external=True)
        send_template(account.email, "owner_password_reset", {"link": link, "name": account.full_name})
    flash("If that address is registered, a reset link is on its way.")
    return redirect(url_for("auth.login"))


@bp.route("/<token>", methods=["GET", "POST"])
def choose_password(token: str):
    record = PasswordResetToken.query.filter_by(token=token, used_at=None).first()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        abort(404)
    if request.method == "GET":
        return render_template("account/choose_password.html", token=token)
    new_password = request.form.get("password", "")
    if len(new_password) < 12:
        flash("Use at least 12 characters.")
        return render_template("account/choose_password.html", token=token), 400
    record.account.password_hash = hash_password(new_password)
    record.used_at = datetime.now(timezone.utc)
    db.session.commit()
    return redirect(url_for("auth.login"))
