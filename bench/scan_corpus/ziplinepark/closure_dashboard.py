"""Operations dashboard showing course status and weather closures.

Runs on the operations office machine and on the big screen at the
check-in hut; supervisors close and reopen courses from here.
"""
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, render_template, request
from flask_login import LoginManager, current_user, login_required
from sqlalchemy import create_engine, text


class DashboardSettings:
    DEBUG = True
    SECRET_KEY = os.environ["ZP_DASHBOARD_SECRET_KEY"]
    DATABASE_URL = os.environ["ZP_DATABASE_URL"]
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"


app = Flask(__name__)
app.config.from_object(DashboardSettings)
login_manager = LoginManager(app)
engine = create_engine(app.config["DATABASE_URL"], pool_pre_ping=True)

CLOSURE_REASONS = {"wind", "lightning", "rain", "maintenance", "rescue_drill"}


@app.get("/")
@login_required
def board():
    with engine.connect() as conn:
        courses = conn.execute(
            text("SELECT id, name, status, closed_reason, closed_at FROM courses ORDER BY sort_order")
        ).mappings().all()
    return render_template("board.html", courses=courses)


@app.post("/courses/<int:course_id>/close")
@login_required
def close_course(course_id: int):
    if not current_user.is_supervisor:
        abort(403)
    reason = request.form.get("reason", "")
    if reason not in CLOSURE_REASONS:
        abort(400)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE courses SET status = 'closed', closed_reason = :r, closed_at = :t WHERE id = :id"),
            {"r": reason, "t": datetime.now(timezone.utc), "id": course_id},
        )
    return jsonify({"course": course_id, "status": "closed", "reason": reason})


@app.post("/courses/<int:course_id>/reopen")
@login_required
def reopen_course(course_id: int):
    if not current_user.is_supervisor:
        abort(403)
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE courses SET status = 'open', closed_reason = NULL WHERE id = :id"),
            {"id": course_id},
        )
    return jsonify({"course": course_id, "status": "open"})


if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8050")), debug=app.config["DEBUG"])
