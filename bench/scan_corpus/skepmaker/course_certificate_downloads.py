"""Completion certificates for attendees of the skep-making and beekeeping courses."""
import os

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required
from werkzeug.utils import secure_filename

from skepmaker.config import settings
from skepmaker.courses.certificates import render_certificate
from skepmaker.courses.models import Enrolment

bp = Blueprint("certificates", __name__, url_prefix="/certificates")
CERT_DIR = settings.CERTIFICATE_DIR


def certificate_filename(enrolment: Enrolment) -> str:
    return secure_filename(f"{enrolment.course.slug}-{enrolment.id}.pdf")


def ensure_certificate(enrolment: Enrolment) -> str:
    name = certificate_filename(enrolment)
    if not os.path.exists(os.path.join(CERT_DIR, name)):
        render_certificate(enrolment, CERT_DIR, name)
    return name


@bp.get("/")
@login_required
def my_certificates():
    completed = Enrolment.query.filter_by(member_id=current_user.id, completed=True).all()
    return {"certificates": [certificate_filename(e) for e in completed]}


@bp.get("/<name>")
@login_required
def download_certificate(name):
    safe_name = secure_filename(name)
    enrolment = Enrolment.query.filter_by(member_id=current_user.id, completed=True).filter(
        Enrolment.certificate_name == safe_name
    ).first()
    if enrolment is None:
        abort(404)
    ensure_certificate(enrolment)
    return send_from_directory(CERT_DIR, safe_name, as_attachment=True)
