"""Sign-in endpoint for the volunteer app, with an audit trail.

The volunteer coordinators asked for a record of sign-in attempts so they
can help volunteers who get locked out and spot shared accounts used by
school groups.
"""

import logging

from flask import Blueprint, jsonify, request, session

from peatcutter.volunteers import authenticate, record_failed_attempt

bp = Blueprint("volunteer_login", __name__, url_prefix="/volunteers")

audit = logging.getLogger("peatcutter.audit")


def _client_context(req) -> dict:
    return {
        "ip": req.headers.get("X-Forwarded-For", req.remote_addr),
        "agent": req.user_agent.string,
        "form": req.form.to_dict(),
    }


@bp.post("/login")
def login():
    ctx = _client_context(request)
    email = request.form.get("email", "").strip().lower()
    volunteer = authenticate(email, request.form.get("password", ""))
    if volunteer is None:
        record_failed_attempt(email, ctx["ip"])
        audit.warning("Volunteer sign-in rejected: %s", ctx)
        return jsonify(error="Email or password not recognised"), 401
    session.clear()
    session["volunteer_id"] = volunteer.id
    audit.info("Volunteer sign-in ok id=%s ip=%s", volunteer.id, ctx["ip"])
    return jsonify(name=volunteer.first_name, upcoming=len(volunteer.upcoming_shifts))


@bp.post("/logout")
def logout():
    volunteer_id = session.pop("volunteer_id", None)
    audit.info("Volunteer sign-out id=%s", volunteer_id)
    return jsonify(ok=True)
