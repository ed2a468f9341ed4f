"""Email invitations for volunteers to set up their rota accounts."""
import hashlib
import logging
import secrets
from datetime import datetime, timedelta, timezone

from flask import current_app, url_for
from flask_mail import Message

from .extensions import db, mail
from .models import Invite, Volunteer

log = logging.getLogger(__name__)

INVITE_TTL = timedelta(days=7)


def send_invite(volunteer: Volunteer) -> Invite:
    raw_token = secrets.token_urlsafe(32)
    invite = Invite(
        volunteer_id=volunteer.id,
        token_hash=hashlib.sha256(raw_token.encode()).hexdigest(),
        expires_at=datetime.now(timezone.utc) + INVITE_TTL,
    )
    db.session.add(invite)
    db.session.commit()

    link = url_for("volunteers.accept_invite", token=raw_token, _external=True)
    msg = Message(
        subject="Your volunteer account",
        recipients=[volunteer.email],
        sender=current_app.config["MAIL_DEFAULT_SENDER"],
        body=f"Hi {volunteer.first_name},\n\nSet up your rota account here: {link}\n\nThis link expires in 7 days.",
    )
    mail.send(msg)
    log.info("invite %s sent to volunteer %s (expires %s)", invite.id, volunteer.id, invite.expires_at.isoformat())
    return invite
