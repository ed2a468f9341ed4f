"""Starts and resumes timed quiz attempts."""
import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, make_response, request
from flask_login import current_user, login_required

from lms.quiz import QuizAttempt, attempts, get_quiz

bp = Blueprint("quiz_attempts", __name__, url_prefix="/quiz")

ATTEMPT_COOKIE = "quiz_attempt"


@bp.post("/<int:quiz_id>/start")
@login_required
def start_attempt(quiz_id: int):
    quiz = get_quiz(quiz_id)
    if quiz is None or not quiz.is_open():
        abort(404)
    token = secrets.token_urlsafe(32)
    deadline = datetime.now(timezone.utc) + timedelta(minutes=quiz.time_limit_minutes)
    attempts.create(QuizAttempt(quiz_id=quiz_id, user_id=current_user.id, token=token, deadline=deadline))

    resp = make_response(jsonify({"deadline": deadline.isoformat(), "questions": quiz.question_ids()}))
    resp.set_cookie(ATTEMPT_COOKIE, token, max_age=quiz.time_limit_minutes * 60, httponly=True, samesite="Strict", path=f"/quiz/{quiz_id}")
    return resp


@bp.post("/<int:quiz_id>/answer")
@login_required
def submit_answer(quiz_id: int):
    token = request.cookies.get(ATTEMPT_COOKIE)
    attempt = attempts.by_token(token) if token else None
    if attempt is None or attempt.user_id != current_user.id or attempt.quiz_id != quiz_id:
        abort(403)
    if datetime.now(timezone.utc) > attempt.deadline:
        return jsonify({"error": "time is up"}), 409
    payload = request.get_json(silent=True) or {}
    attempts.record_answer(attempt, int(payload.get("question_id", 0)), str(payload.get("answer", "")))
    return jsonify({"saved": True})
