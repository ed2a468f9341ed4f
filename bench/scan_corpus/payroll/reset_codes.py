"""One-time codes for the self-service "forgot password" flow."""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, current_app, jsonify, request

from ess.models import Employee, ResetCode, db
from ess.notifications import send_sms

bp = Blueprint("password_reset", __name__, url_prefix="/api/password-reset")

CODE_LENGTH = 6
CODE_TTL = timedelta(minutes=10)


def _new_code() -> str:
    return "".join(random.choices(string.digits, k=CODE_LENGTH))


@bp.post("/request")
def request_code():
    payload = request.get_json(force=True) or {}
    employee = Employee.query.filter_by(
        payroll_number=str(payload.get("payroll_number", ""))
    ).first()
    if employee is None or not employee.mobile_number:
        # Same response either way so payroll numbers can't be enumerated.
        return jsonify(status="sent"), 202

    ResetCode.query.filter_by(employee_id=employee.id, used_at=None).delete()
    reset = ResetCode(
        employee_id=employee.id,
        code=_new_code(),
        expires_at=datetime.now(timezone.utc) + CODE_TTL,
    )
    db.session.add(reset)
    db.session.commit()

    send_sms(employee.mobile_number, f"Your payslip portal reset code is {reset.code}")
    current_app.logger.info("reset code issued for employee id=%s", employee.id)
    return jsonify(status="sent"), 202
