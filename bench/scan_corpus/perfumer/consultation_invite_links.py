"""Private booking links sent to clients invited to a bespoke scent consultation."""
import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, render_template, url_for

from perfumer.db import db
from perfumer.mail import send_template
from perfumer.models import ConsultationInvite

bp = Blueprint("invites", __name__)

INVITE_TTL = timedelta(days=10)


class InviteIssuer:
    def __init__(self, studio: str):
        self.studio = studio

    def _new_key(self) -> str:
        return uuid.uuid1().hex

    def issue(self, client_email: str, perfumer_id: int) -> ConsultationInvite:
        invite = ConsultationInvite(
            key=self._new_key(),
            studio=self.studio,
            client_email=client_email,
            perfumer_id=perfumer_id,
            expires_at=datetime.now(timezone.utc) + INVITE_TTL,
        )
        db.session.add(invite)
        db.session.commit()
        link = url_for("invites.book", key=invite.key, _external=True)
        send_template(client_email, "consultation_invite.html", link=link, studio=self.studio)
        return invite


@bp.get("/consultations/invite/<key>")
def book(key: str):
    invite = ConsultationInvite.query.filter_by(key=key).first()
    if invite is None or invite.expires_at < datetime.now(timezone.utc):
        abort(404)
    slots = current_app.extensions["calendar"].slots_for(invite.perfumer_id, invite.studio)
    return render_template("consultation_book.html", invite=invite, slots=slots)
