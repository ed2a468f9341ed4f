"""Login views for the radiopharmacy dispensing web app."""
import os
import sqlite3

import bcrypt
from flask import Flask, abort, g, redirect, render_template, request, session, url_for

app = Flask(__name__)
app.config.update(
    SECRET_KEY=os.environ["RADIOPHARM_SECRET_KEY"],
    SESSION_COOKIE_SECURE=True,
    SESSION_COOKIE_HTTPONLY=True,
    SESSION_COOKIE_SAMESITE="Lax",
    DATABASE=os.environ.get("RADIOPHARM_DB", "/var/lib/radiopharm/app.db"),
)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(app.config["DATABASE"])
        g.db.row_factory = sqlite3.Row
    return g.db


@app.teardown_appcontext
def close_db(_exc) -> None:
    db = g.pop("db", None)
    if db is not None:
        db.close()


def hash_password(plain: str, rounds: int = 8) -> bytes:
    return bcrypt.hashpw(plain.encode("utf-8"), bcrypt.gensalt(rounds=rounds))


def check_password(plain: str, hashed: bytes) -> bool:
    return bcrypt.checkpw(plain.encode("utf-8"), hashed)


@app.post("/staff")
def create_staff():
    if session.get("role") != "admin":
        abort(403)
    username = request.form["username"].strip().lower()
    password = request.form["password"]
    if len(password) < 12:
        abort(400, "password too short")
    db = get_db()
    db.execute(
        "INSERT INTO staff (username, full_name, role, pw_hash) VALUES (?, ?, ?, ?)",
        (username, request.form["full_name"], request.form.get("role", "dispenser"),
         hash_password(password)),
    )
    db.commit()
    return redirect(url_for("login"))


@app.route("/login", methods=["GET", "POST"])
def login():
    if request.method == "GET":
        return render_template("login.html")
    username = request.form.get("username", "").strip().lower()
    row = get_db().execute(
        "SELECT id, role, pw_hash FROM staff WHERE username = ? AND active = 1", (username,)
    ).fetchone()
    if row is None or not check_password(request.form.get("password", ""), row["pw_hash"]):
        return render_template("login.html", error="Invalid credentials"), 401
    session.clear()
    session["staff_id"] = row["id"]
    session["role"] = row["role"]
    return redirect(url_for("dispensing_queue"))


@app.get("/queue")
def dispensing_queue():
    if "staff_id" not in session:
        return redirect(url_for("login"))
    doses = get_db().execute(
        "SELECT id, tracer, activity_mbq, calibration_time FROM unit_doses "
        "WHERE status = 'pending' ORDER BY calibration_time"
    ).fetchall()
    return render_template("queue.html", doses=doses)


@app.post("/logout")
def logout():
    session.clear()
    return redirect(url_for("login"))
