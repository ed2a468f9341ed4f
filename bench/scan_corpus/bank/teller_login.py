"""Sign-in for the branch teller web tool.

Teller sessions are server-side (Redis); the browser only carries an opaque
session id. Sessions end at the close of the teller's shift.
"""
import os
import secrets

import redis
from flask import Flask, redirect, render_template, request, url_for

from teller.directory import authenticate_teller

app = Flask(__name__)
app.secret_key = os.environ["TELLER_FLASK_SECRET"]
sessions = redis.Redis.from_url(os.environ["TELLER_REDIS_URL"])

SESSION_COOKIE = "teller_sid"
SHIFT_SECONDS = 9 * 3600


@app.get("/login")
def login_form():
    return render_template("login.html")


@app.post("/login")
def login():
    teller = authenticate_teller(request.form["teller_id"], request.form["password"])
    if teller is None:
        return render_template("login.html", error="Invalid teller id or password"), 401

    sid = secrets.token_urlsafe(32)
    sessions.setex(f"teller:{sid}", SHIFT_SECONDS, teller.teller_id)
    resp = redirect(url_for("till_overview"))
    resp.set_cookie(SESSION_COOKIE, sid, max_age=SHIFT_SECONDS)
    return resp


@app.post("/logout")
def logout():
    sid = request.cookies.get(SESSION_COOKIE)
    if sid:
        sessions.delete(f"teller:{sid}")
    resp = redirect(url_for("login_form"))
    resp.delete_cookie(SESSION_COOKIE)
    return resp


@app.get("/till")
def till_overview():
    sid = request.cookies.get(SESSION_COOKIE)
    teller_id = sessions.get(f"teller:{sid}") if sid else None
    if teller_id is None:
        return redirect(url_for("login_form"))
    return render_template("till.html", teller_id=teller_id.decode())
