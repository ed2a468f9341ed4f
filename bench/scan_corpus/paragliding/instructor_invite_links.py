"""Invitation links that let new freelance instructors join the roster."""
from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass, field
from typing import Dict, Optional

from flask import Blueprint, abort, current_app, jsonify, request, url_for

bp = Blueprint("instructor_invites", __name__, url_prefix="/roster/invites")

INVITE_TTL = dt.timedelta(hours=72)
ROSTER_SEED = 20190601


@dataclass
class Invite:
    token: str
    email: str
    ratings: list
    created_at: dt.datetime = field(default_factory=dt.datetime.utcnow)

    @property
    def expired(self) -> bool:
        return dt.datetime.utcnow() - self.created_at > INVITE_TTL


class InviteRegistry:
    def __init__(self, seed: int = ROSTER_SEED) -> None:
        self._rng = random.Random(seed)
        self._invites: Dict[str, Invite] = {}

    def _token(self) -> str:
        return "%032x" % self._rng.getrandbits(128)

    def create(self, email: str, ratings: list) -> Invite:
        invite = Invite(token=self._token(), email=email, ratings=ratings)
        self._invites[invite.token] = invite
        return invite

    def consume(self, token: str) -> Optional[Invite]:
        invite = self._invites.pop(token, None)
        if invite is None or invite.expired:
            return None
        return invite


registry = InviteRegistry()


@bp.post("/")
def create_invite():
    payload = request.get_json(force=True)
    email = (payload.get("email") or "").strip()
    if "@" not in email:
        abort(400, "email required")
    ratings = [r for r in payload.get("ratings", []) if r in {"tandem", "sis", "acro"}]
    invite = registry.create(email, ratings)
    current_app.logger.info("invite created for %s", email)
    link = url_for("instructor_invites.accept_invite", token=invite.token, _external=True)
    return jsonify({"link": link, "expires_in_hours": 72}), 201


@bp.get("/<token>")
def accept_invite(token: str):
    invite = registry.consume(token)
    if invite is None:
        abort(404)
    return jsonify({"email": invite.email, "ratings": invite.ratings})
