"""Email confirmation for pledges made by guest backers."""

import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, redirect, url_for
from flask_mail import Message

from .extensions import db, mail
from .models import Pledge, PledgeConfirmation

bp = Blueprint("pledge_confirm", __name__)

CONFIRM_TTL = timedelta(hours=48)


def send_confirmation(pledge: Pledge) -> None:
    token = uuid.uuid1().hex
    db.session.add(
        PledgeConfirmation(
            pledge_id=pledge.id,
            token=token,
            expires_at=datetime.now(timezone.utc) + CONFIRM_TTL,
        )
    )
    db.session.commit()
    link = url_for("pledge_confirm.confirm", token=token, _external=True)
    msg = Message(
        subject=f"Confirm your pledge to {pledge.campaign.title}",
        recipients=[pledge.email],
        body=current_app.jinja_env.get_template("email/confirm_pledge.txt").render(
            pledge=pledge, link=link
        ),
    )
    mail.send(msg)


@bp.get("/pledges/confirm/<token>")
def confirm(token: str):
    row = PledgeConfirmation.query.filter_by(token=token).first()
    if row is None or row.expires_at < datetime.now(timezone.utc):
        abort(404)
    row.pledge.status = "confirmed"
    db.session.delete(row)
    db.session.commit()
    return redirect(url_for("campaigns.thanks", campaign_id=row.pledge.campaign_id))
