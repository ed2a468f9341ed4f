"""Sign-in for the office scheduling screens.

Office staff and tuners sign in to the scheduling screens to plan tuning
rounds, book restoration milestones and record key-holder details. Sign-in
issues a session cookie carrying a signed session id.
"""
import os
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import VerificationError
from flask import Flask, jsonify, make_response, request
from itsdangerous import URLSafeTimedSerializer

from organworks.staff import find_staff_by_login, new_staff_session

app = Flask(__name__)
hasher = PasswordHasher()
signer = URLSafeTimedSerializer(os.environ["OFFICE_SESSION_SIGNING_KEY"], salt="office-session")

SESSION_LIFETIME = timedelta(hours=10)
COOKIE_NAME = "office_sid"
COOKIE_OPTIONS = {
    "max_age": int(SESSION_LIFETIME.total_seconds()),
    "secure": True,
    "httponly": True,
    "samesite": "Strict",
    "path": "/",
}


def check_credentials(login: str, password: str):
    staff = find_staff_by_login(login)
    if staff is None:
        return None
    try:
        hasher.verify(staff.password_hash, password)
    except VerificationError:
        return None
    return staff


@app.post("/office/sign-in")
def sign_in():
    body = request.get_json(force=True)
    staff = check_credentials(body.get("login", ""), body.get("password", ""))
    if staff is None:
        return jsonify({"error": "sign-in failed"}), 401
    session_id = new_staff_session(staff.id)
    resp = make_response(jsonify({"name": staff.display_name, "role": staff.role}))
    resp.set_cookie(COOKIE_NAME, signer.dumps(session_id), **COOKIE_OPTIONS)
    return resp


@app.post("/office/sign-out")
def sign_out():
    resp = make_response(jsonify({"signed_out": True}))
    resp.delete_cookie(COOKIE_NAME, path="/")
    return resp
