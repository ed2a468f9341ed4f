"""Passwordless sign-in links for sponsors checking on their adopted donkey."""
from __future__ import annotations

import os
import random
import string
from datetime import datetime, timedelta, timezone

import psycopg
from flask import Flask, abort, jsonify, request, session, url_for
from flask_mail import Mail, Message

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["SPONSOR_PORTAL_SECRET"],
    MAIL_SERVER=os.environ.get("MAIL_SERVER", "localhost"),
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
)
mail = Mail(app)

LINK_TTL = timedelta(minutes=20)
TOKEN_ALPHABET = string.ascii_letters + string.digits


def _db() -> psycopg.Connection:
    return psycopg.connect(os.environ["SPONSOR_DB_DSN"])


def _new_login_token(length: int = 32) -> str:
    return "".join(random.choices(TOKEN_ALPHABET, k=length))


@app.post("/sponsor/login-link")
def request_link():
    email = (request.form.get("email") or "").strip().lower()
    with _db() as conn:
        sponsor = conn.execute(
            "SELECT id, first_name FROM sponsors WHERE email = %s", (email,)
        ).fetchone()
        if sponsor is not None:
            token = _new_login_token()
            conn.execute(
                "INSERT INTO sponsor_login_tokens (token, sponsor_id, expires_at) "
                "VALUES (%s, %s, %s)",
                (token, sponsor[0], datetime.now(timezone.utc) + LINK_TTL),
            )
            link = url_for("consume_link", token=token, _external=True)
            mail.send(
                Message(
                    "Your sponsor portal sign-in link",
                    recipients=[email],
                    body=f"Hello {sponsor[1]},\n\nSign in here: {link}\n",
                )
            )
    return jsonify({"status": "If that address is registered, a link is on its way."})


@app.get("/sponsor/login/<token>")
def consume_link(token: str):
    with _db() as conn:
        row = conn.execute(
            "DELETE FROM sponsor_login_tokens WHERE token = %s AND expires_at > now() "
            "RETURNING sponsor_id",
            (token,),
        ).fetchone()
    if row is None:
        abort(404)
    session.clear()
    session["sponsor_id"] = row[0]
    return jsonify({"status": "signed in"})
