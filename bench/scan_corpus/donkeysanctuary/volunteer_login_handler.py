"""Login view for the volunteer rota site (Flask)."""
from __future__ import annotations

import logging
import os

from flask import Flask, redirect, render_template, request, session, url_for
from flask_wtf.csrf import CSRFProtect

from rota.accounts import VolunteerAccounts

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["ROTA_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)
csrf = CSRFProtect(app)
log = logging.getLogger("rota.login")

accounts = VolunteerAccounts(os.environ["ROTA_DB_PATH"])


@app.get("/login")
def login_form():
    return render_template("login.html")


@app.post("/login")
def login():
    form = request.form.to_dict()
    log.debug("login attempt from %s: %s", request.remote_addr, form)
    email = form.get("email", "").strip().lower()
    password = form.get("password", "")
    volunteer_id = accounts.authenticate(email, password)
    if volunteer_id is None:
        log.info("failed volunteer login for %s", email)
        return render_template("login.html", error="Email or password not recognised"), 401

    session.clear()
    session["volunteer_id"] = volunteer_id
    log.info("volunteer %s signed in", volunteer_id)
    return redirect(url_for("my_shifts"))


@app.get("/shifts/mine")
def my_shifts():
    volunteer_id = session.get("volunteer_id")
    if volunteer_id is None:
        return redirect(url_for("login_form"))
    return render_template("shifts.html", shifts=accounts.shifts_for(volunteer_id))


@app.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("login_form"))
