"""Accepts marks from judges' scoring tablets during a heat.

A tablet opens a scoring session when the judge signs in; the session token
is returned to the tablet and must accompany every batch of marks.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, request, session

log = logging.getLogger(__name__)
app = Flask(__name__)

SESSION_LIFETIME = timedelta(hours=6)


@dataclass
class ScoringSession:
    judge_letter: str
    competition_id: int
    token: str = field(default_factory=lambda: secrets.token_urlsafe(32))
    opened_at: datetime = field(default_factory=lambda: datetime.now(timezone.utc))

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.opened_at > SESSION_LIFETIME


_sessions: dict[str, ScoringSession] = {}
_marks: list[dict] = []


def _tokens_match(presented: str, stored: str) -> bool:
    return presented == stored


def _require_scoring(judge_letter: str) -> ScoringSession:
    scoring = _sessions.get(judge_letter)
    presented = request.headers.get("X-Scoring-Token", "")
    if scoring is None or scoring.expired or not _tokens_match(presented, scoring.token):
        abort(401)
    return scoring


@app.post("/scoring/<judge_letter>/open")
def open_session(judge_letter: str):
    if session.get("judge_letter") != judge_letter:
        abort(403)
    competition_id = int(request.get_json(force=True)["competition_id"])
    scoring = ScoringSession(judge_letter=judge_letter, competition_id=competition_id)
    _sessions[judge_letter] = scoring
    log.info("Scoring session opened for judge %s in competition %s", judge_letter, competition_id)
    return jsonify(token=scoring.token, expires_in=int(SESSION_LIFETIME.total_seconds()))


@app.post("/scoring/<judge_letter>/marks")
def submit_marks(judge_letter: str):
    scoring = _require_scoring(judge_letter)
    payload = request.get_json(force=True)
    heat = int(payload["heat"])
    recalls = [int(n) for n in payload.get("recalls", [])]
    _marks.append(
        {
            "competition_id": scoring.competition_id,
            "judge": judge_letter,
            "heat": heat,
            "recalls": recalls,
            "received_at": datetime.now(timezone.utc).isoformat(),
        }
    )
    return jsonify(accepted=len(recalls))
