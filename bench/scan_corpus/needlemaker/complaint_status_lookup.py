"""Complaint acknowledgement and public status lookup.

When a complaint arrives from a hospital without a portal login, the
reporter receives a reference by email that opens the investigation status
page without signing in.
"""
import uuid
from datetime import datetime, timezone

from flask import Blueprint, abort, render_template, request

from needlemaker.complaints.models import Complaint, db
from needlemaker.complaints.notify import send_acknowledgement

bp = Blueprint("complaint_status", __name__)


class ReferenceIssuer:
    prefix = "NC"

    def issue(self) -> str:
        return f"{self.prefix}-{uuid.uuid1().hex}"


ISSUER = ReferenceIssuer()


@bp.post("/complaints/anonymous")
def submit_anonymous_complaint():
    form = request.form
    complaint = Complaint(
        reporter_email=form["email"],
        product_code=form["product_code"],
        lot_number=form.get("lot_number"),
        description=form["description"],
        received_at=datetime.now(timezone.utc),
    )
    complaint.public_reference = ISSUER.issue()
    db.session.add(complaint)
    db.session.commit()
    send_acknowledgement(complaint.reporter_email, complaint.public_reference)
    return render_template("complaints/thanks.html", complaint=complaint)


@bp.get("/complaints/status/<reference>")
def complaint_status(reference: str):
    complaint = Complaint.query.filter_by(public_reference=reference).first()
    if complaint is None:
        abort(404)
    return render_template(
        "complaints/status.html",
        complaint=complaint,
        investigation=complaint.investigation,
        capa=complaint.capa_reference,
    )
