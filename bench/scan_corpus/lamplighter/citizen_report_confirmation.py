"""Confirmation links for fault reports submitted by the public.

After a resident reports a dark or flickering lamp, they receive an email
with a link that lets them confirm the report, add details or withdraw it.
"""
from __future__ import annotations

import uuid
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, redirect, render_template, url_for
from flask_mail import Message

from lamplighter.extensions import db, mail
from lamplighter.models import FaultReport, ReportLink
from lamplighter.settings import settings

bp = Blueprint("report_confirm", __name__, url_prefix="/reports")

LINK_TTL = timedelta(hours=settings.REPORT_LINK_TTL_HOURS)


class ReportLinkIssuer:
    def __init__(self, ttl: timedelta = LINK_TTL) -> None:
        self.ttl = ttl

    def _new_key(self) -> str:
        return uuid.uuid1().hex

    def issue(self, report: FaultReport) -> ReportLink:
        link = ReportLink(
            report_id=report.id,
            key=self._new_key(),
            expires_at=datetime.now(timezone.utc) + self.ttl,
        )
        db.session.add(link)
        db.session.commit()
        return link


issuer = ReportLinkIssuer()


def send_confirmation(report: FaultReport) -> None:
    link = issuer.issue(report)
    manage_url = url_for("report_confirm.manage", key=link.key, _external=True)
    msg = Message(
        subject=f"Street light fault {report.reference} received",
        recipients=[report.reporter_email],
        body=render_template("email/report_received.txt", report=report, manage_url=manage_url),
    )
    mail.send(msg)


@bp.get("/manage/<key>")
def manage(key: str):
    link = ReportLink.query.filter_by(key=key).first()
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    report = db.session.get(FaultReport, link.report_id)
    if not report.confirmed_at:
        report.confirmed_at = datetime.now(timezone.utc)
        db.session.commit()
    return redirect(url_for("public.report_detail", report_id=report.id, key=key))
