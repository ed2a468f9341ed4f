"""Visitor codes for tower key safes.

Keyholders issue a short-lived code for the key safe in the church porch so
visiting bands and peal attempts can collect the tower key out of hours.
"""
import random
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request
from flask_login import current_user, login_required

from bellringer.db import db
from bellringer.models import KeySafeCode, Tower
from bellringer.notify import send_code_to_visitor
from bellringer.settings import settings

bp = Blueprint("key_codes", __name__, url_prefix="/towers")

CODE_ALPHABET = string.digits


def _draw_code(length: int) -> str:
    return "".join(random.choice(CODE_ALPHABET) for _ in range(length))


def _expiry(hours: int) -> datetime:
    return datetime.now(timezone.utc) + timedelta(hours=hours)


@bp.post("/<int:tower_id>/visitor-codes")
@login_required
def issue_visitor_code(tower_id: int):
    tower = db.get_or_404(Tower, tower_id)
    if not current_user.is_keyholder_for(tower):
        abort(403)
    payload = request.get_json(force=True)
    hours = max(1, min(int(payload.get("valid_hours", 4)), 48))
    code = KeySafeCode(
        tower_id=tower.id,
        code=_draw_code(settings.KEYSAFE_CODE_LENGTH),
        issued_by_id=current_user.id,
        visitor_email=payload["visitor_email"],
        expires_at=_expiry(hours),
    )
    db.session.add(code)
    db.session.commit()
    send_code_to_visitor(code)
    return jsonify(id=code.id, expires_at=code.expires_at.isoformat()), 201


@bp.delete("/<int:tower_id>/visitor-codes/<int:code_id>")
@login_required
def revoke_visitor_code(tower_id: int, code_id: int):
    code = db.first_or_404(
        db.select(KeySafeCode).filter_by(id=code_id, tower_id=tower_id)
    )
    if not current_user.is_keyholder_for(code.tower):
        abort(403)
    code.revoked_at = datetime.now(timezone.utc)
    db.session.commit()
    return "", 204
