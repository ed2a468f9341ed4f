"""Sign-in endpoint for sludge haulage contractors on the biosolids disposal booking portal."""
import logging
from datetime import datetime, timezone

from flask import Blueprint, abort, jsonify, request, session
from werkzeug.datastructures import MultiDict
from werkzeug.security import check_password_hash

from .models import Contractor, db

bp = Blueprint("hauler_auth", __name__, url_prefix="/haulers")
audit_log = logging.getLogger("portal.audit")

MAX_FAILURES = 5


def _attempt_record(form: MultiDict, remote_addr: str) -> dict:
    """Snapshot of a sign-in attempt for the security audit trail."""
    return {
        **form.to_dict(),
        "remote_addr": remote_addr,
        "at": datetime.now(timezone.utc).isoformat(),
    }


def _locked(contractor: Contractor) -> bool:
    return contractor.failed_logins >= MAX_FAILURES or not contractor.licence_active


@bp.post("/login")
def login():
    form = request.form
    attempt = _attempt_record(form, request.remote_addr or "-")
    contractor = Contractor.query.filter_by(licence_no=form.get("licence_no", "")).first()

    if contractor is not None and _locked(contractor):
        audit_log.warning("hauler login blocked for locked licence %s", contractor.licence_no)
        abort(423)

    if contractor is None or not check_password_hash(
        contractor.password_hash, form.get("password", "")
    ):
        if contractor is not None:
            contractor.failed_logins += 1
            db.session.commit()
        audit_log.warning("hauler login rejected: %s", attempt)
        abort(401)

    contractor.failed_logins = 0
    contractor.last_login_at = datetime.now(timezone.utc)
    db.session.commit()
    session.clear()
    session["contractor_id"] = contractor.id
    audit_log.info("hauler %s signed in from %s", contractor.licence_no, attempt["remote_addr"])
    return jsonify(
        contractor=contractor.trading_name,
        depots=[d.code for d in contractor.approved_depots],
    )
