"""Shift sessions for the branch teller web tool.

The browser holds an opaque id; shift state lives in Redis and expires at
the end of the shift.
"""
import os
import secrets
from functools import wraps

import redis
from flask import Flask, g, redirect, render_template, request, url_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["TELLER_FLASK_SECRET"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Strict",
)
store = redis.Redis.from_url(os.environ["TELLER_REDIS_URL"])

COOKIE_NAME = "__Host-teller_shift"
SHIFT_SECONDS = 9 * 3600


def start_shift(response, teller_id: str, till_id: str):
    sid = secrets.token_urlsafe(32)
    store.hset(f"shift:{sid}", mapping={"teller": teller_id, "till": till_id})
    store.expire(f"shift:{sid}", SHIFT_SECONDS)
    response.set_cookie(
        COOKIE_NAME,
        sid,
        max_age=SHIFT_SECONDS,
        secure=True,
        httponly=True,
        samesite="Strict",
        path="/",
    )
    return response


def shift_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        sid = request.cookies.get(COOKIE_NAME)
        shift = store.hgetall(f"shift:{sid}") if sid else {}
        if not shift:
            return redirect(url_for("login_form"))
        g.teller_id = shift[b"teller"].decode()
        g.till_id = shift[b"till"].decode()
        return view(*args, **kwargs)

    return wrapper


@app.get("/login")
def login_form():
    return render_template("login.html")


@app.post("/shift/end")
@shift_required
def end_shift():
    store.delete(f"shift:{request.cookies[COOKIE_NAME]}")
    resp = redirect(url_for("login_form"))
    resp.delete_cookie(COOKIE_NAME, path="/", secure=True, httponly=True, samesite="Strict")
    return resp
