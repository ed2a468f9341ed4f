"""Password reset flow for volunteer accounts."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, jsonify, request, url_for

from studio.mail import send_template
from studio.models import PasswordReset, Volunteer, db

bp = Blueprint("volunteer_reset", __name__, url_prefix="/volunteers/reset")
audit = logging.getLogger("studio.audit")

RESET_TTL = timedelta(hours=1)


def _digest(token: str) -> str:
    return hashlib.sha256(token.encode()).hexdigest()


@bp.post("")
def request_reset():
    email = (request.get_json(force=True).get("email") or "").strip().lower()
    volunteer = Volunteer.query.filter_by(email=email).first()
    if volunteer is not None:
        token = secrets.token_urlsafe(32)
        db.session.add(
            PasswordReset(
                volunteer_id=volunteer.id,
                token_digest=_digest(token),
                expires_at=datetime.now(timezone.utc) + RESET_TTL,
            )
        )
        db.session.commit()
        link = url_for("volunteer_reset.confirm", token=token, _external=True)
        send_template(volunteer.email, "volunteer_reset.html", link=link)
        audit.info("password reset issued for volunteer=%s email=%s", volunteer.id, email)
    return jsonify(status="If that address is registered, a link is on its way.")


@bp.post("/<token>")
def confirm(token: str):
    reset = PasswordReset.query.filter_by(token_digest=_digest(token), used_at=None).first()
    if reset is None or reset.expires_at < datetime.now(timezone.utc):
        return jsonify(error="link expired"), 410
    new_password = request.get_json(force=True)["password"]
    volunteer = Volunteer.query.get(reset.volunteer_id)
    volunteer.set_password(new_password)
    reset.used_at = datetime.now(timezone.utc)
    db.session.commit()
    audit.info("password changed for volunteer=%s via reset", volunteer.id)
    return jsonify(status="password updated")
