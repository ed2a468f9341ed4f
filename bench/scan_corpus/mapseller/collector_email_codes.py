"""One-time sign-in codes e-mailed to collectors ("magic code" login)."""
import secrets
import time
from dataclasses import dataclass

from flask import Flask, jsonify, request, session

from .accounts import lookup_collector_by_email
from .mail import send_code_email

app = Flask(__name__)
app.config.from_prefixed_env()  # picks up FLASK_SECRET_KEY etc.

CODE_TTL = 600
MAX_ATTEMPTS = 5


@dataclass
class PendingCode:
    collector_id: int
    code: str
    issued: float
    attempts: int = 0


_pending: dict[str, PendingCode] = {}


@app.post("/login/code")
def request_code():
    email = request.json["email"].strip().lower()
    collector = lookup_collector_by_email(email)
    if collector:
        code = f"{secrets.randbelow(1_000_000):06d}"
        _pending[email] = PendingCode(collector.id, code, time.time())
        send_code_email(email, code)
    return jsonify(sent=True)


@app.post("/login/verify")
def verify_code():
    email = request.json["email"].strip().lower()
    submitted = str(request.json.get("code", "")).strip()
    pending = _pending.get(email)
    if pending is None or time.time() - pending.issued > CODE_TTL:
        return jsonify(error="expired"), 400
    pending.attempts += 1
    if pending.attempts > MAX_ATTEMPTS:
        _pending.pop(email, None)
        return jsonify(error="too many attempts"), 429
    if submitted == pending.code:
        _pending.pop(email, None)
        session.clear()
        session["collector_id"] = pending.collector_id
        return jsonify(ok=True)
    return jsonify(error="wrong code"), 400
