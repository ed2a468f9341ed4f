"""Login handling and audit trail for the auditor web console."""
import structlog
from flask import Blueprint, redirect, render_template, request, session, url_for

from chainmaker.auditors import authenticate_auditor
from chainmaker.ratelimit import too_many_attempts

bp = Blueprint("auditor_console", __name__, url_prefix="/console")
audit = structlog.get_logger("chainmaker.audit")


def _client_info() -> dict:
    return {
        "ip": request.headers.get("X-Forwarded-For", request.remote_addr),
        "agent": request.user_agent.string[:200],
    }


@bp.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("console/login.html")
    submitted = request.form.to_dict()
    if too_many_attempts(submitted.get("email", ""), request.remote_addr):
        audit.warning("auditor_login_throttled", email=submitted.get("email"), **_client_info())
        return render_template("console/login.html", error="Too many attempts"), 429
    auditor = authenticate_auditor(submitted.get("email", ""), submitted.get("password", ""))
    if auditor is None:
        audit.info("auditor_login_failed", form=submitted, **_client_info())
        return render_template("console/login.html", error="Invalid credentials"), 401
    session.clear()
    session["auditor_id"] = auditor.id
    audit.info("auditor_login_ok", auditor_id=auditor.id, firm=auditor.firm, **_client_info())
    return redirect(url_for("auditor_console.dashboard"))


@bp.get("/logout")
def logout():
    auditor_id = session.pop("auditor_id", None)
    audit.info("auditor_logout", auditor_id=auditor_id, **_client_info())
    return redirect(url_for("auditor_console.login"))


@bp.get("/")
def dashboard():
    if "auditor_id" not in session:
        return redirect(url_for("auditor_console.login"))
    return render_template("console/dashboard.html")
