"""Sign-in view for the surveyor web portal."""
import structlog
from flask import Blueprint, redirect, render_template, request, session, url_for

from cartographer.accounts import SurveyorPasswordService, find_surveyor
from cartographer.ratelimit import limiter

bp = Blueprint("auth", __name__)
logger = structlog.get_logger("cartographer.auth")
passwords = SurveyorPasswordService()


def _credentials_from(form) -> dict:
    return {
        "email": form.get("email", "").strip().lower(),
        "password": form.get("password", ""),
        "remember": form.get("remember") == "on",
    }


@bp.route("/login", methods=["GET", "POST"])
@limiter.limit("10/minute")
def login():
    if request.method == "GET":
        return render_template("auth/login.html")
    creds = _credentials_from(request.form)
    surveyor = find_surveyor(creds["email"])
    if surveyor is None or not passwords.authenticate(surveyor, creds["password"]):
        logger.warning("login.rejected", remote_addr=request.remote_addr, **creds)
        return render_template("auth/login.html", error="Email or password not recognised"), 401
    session.clear()
    session["surveyor_id"] = surveyor.id
    session.permanent = creds["remember"]
    logger.info("login.accepted", surveyor_id=surveyor.id, remote_addr=request.remote_addr)
    return redirect(url_for("dashboard.home"))


@bp.post("/logout")
def logout():
    surveyor_id = session.pop("surveyor_id", None)
    session.clear()
    logger.info("logout", surveyor_id=surveyor_id)
    return redirect(url_for("auth.login"))
