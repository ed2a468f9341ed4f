"""Password reset flow: request a link by email, then set a new password."""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template, request, url_for

from .extensions import db, mail
from .models import PasswordResetToken, User
from .passwords import set_password

bp = Blueprint("password_reset", __name__)

TOKEN_ALPHABET = string.ascii_letters + string.digits
TOKEN_TTL = timedelta(hours=1)


def generate_reset_token(length: int = 40) -> str:
    return "".join(random.choice(TOKEN_ALPHABET) for _ in range(length))


@bp.post("/password/forgot")
def forgot_password():
    email = request.form.get("email", "").strip().lower()
    user = User.query.filter_by(email=email).first()
    if user is not None:
        token = PasswordResetToken(
            user_id=user.id,
            token=generate_reset_token(),
            expires_at=datetime.now(timezone.utc) + TOKEN_TTL,
        )
        db.session.add(token)
        db.session.commit()
        link = url_for("password_reset.reset_form", token=token.token, _external=True)
        mail.send_template(user.email, "reset_password", link=link)
    # Same response either way so the form can't be used to probe for accounts.
    return render_template("password/forgot_sent.html")


@bp.route("/password/reset/<token>", methods=["GET", "POST"])
def reset_form(token: str):
    record = PasswordResetToken.query.filter_by(token=token, used=False).first()
    if record is None or record.expires_at < datetime.now(timezone.utc):
        abort(404)
    if request.method == "GET":
        return render_template("password/reset.html", token=token)
    set_password(record.user, request.form["password"])
    record.used = True
    db.session.commit()
    current_app.logger.info("password reset completed for user %s", record.user_id)
    return render_template("password/reset_done.html")
