"""Season-pass portal: login, "remember this device" and logout."""
import os
import secrets
from datetime import timedelta

from flask import Flask, redirect, render_template, request, session, url_for

from passportal.accounts import authenticate, load_remembered, remember_device, forget_device

REMEMBER_COOKIE = "sp_remember"
REMEMBER_FOR = timedelta(days=60)

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["PASS_PORTAL_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
)


@app.before_request
def restore_remembered_login():
    if "holder_id" in session:
        return
    token = request.cookies.get(REMEMBER_COOKIE)
    if token:
        holder_id = load_remembered(token)
        if holder_id is not None:
            session["holder_id"] = holder_id


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    holder = authenticate(request.form["email"], request.form["password"])
    if holder is None:
        return render_template("login.html", error="Invalid e-mail or password"), 401
    session.clear()
    session["holder_id"] = holder.holder_id
    resp = redirect(url_for("dashboard"))
    if request.form.get("remember") == "on":
        token = secrets.token_urlsafe(32)
        remember_device(holder.holder_id, token, REMEMBER_FOR)
        resp.set_cookie(REMEMBER_COOKIE, token, max_age=int(REMEMBER_FOR.total_seconds()))
    return resp


@app.post("/logout")
def logout():
    token = request.cookies.get(REMEMBER_COOKIE)
    if token:
        forget_device(token)
    session.clear()
    resp = redirect(url_for("login"))
    resp.delete_cookie(REMEMBER_COOKIE)
    return resp


@app.get("/")
def dashboard():
    if "holder_id" not in session:
        return redirect(url_for("login"))
    return render_template("dashboard.html", holder_id=session["holder_id"])
