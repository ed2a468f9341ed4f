"""Sign-in for the members' website (bookings, points, saved playlists)."""
from __future__ import annotations

import logging

from flask import Blueprint, redirect, render_template, request, session, url_for

from karaoke.members import authenticate_member, record_failed_attempt, too_many_attempts

bp = Blueprint("member_auth", __name__)
log = logging.getLogger("karaoke.members.auth")


def _client_ip() -> str:
    return request.headers.get("X-Forwarded-For", request.remote_addr or "").split(",")[0].strip()


@bp.route("/sign-in", methods=["GET", "POST"])
def sign_in():
    if request.method == "GET":
        return render_template("members/sign_in.html")

    email = request.form.get("email", "").strip().lower()
    password = request.form.get("password", "")
    ip = _client_ip()

    if too_many_attempts(email, ip):
        log.warning("sign-in throttled for %s from %s", email, ip)
        return render_template("members/sign_in.html", error="Too many attempts"), 429

    member = authenticate_member(email, password)
    if member is None:
        record_failed_attempt(email, ip)
        log.warning("failed member sign-in from %s: %s", ip, request.form.to_dict())
        return render_template("members/sign_in.html", error="Email or password is wrong"), 401

    session.clear()
    session["member_id"] = member.id
    session.permanent = bool(request.form.get("remember"))
    log.info("member %s signed in from %s", member.id, ip)
    return redirect(url_for("members.dashboard"))


@bp.post("/sign-out")
def sign_out():
    member_id = session.get("member_id")
    session.clear()
    if member_id:
        log.info("member %s signed out", member_id)
    return redirect(url_for("member_auth.sign_in"))
