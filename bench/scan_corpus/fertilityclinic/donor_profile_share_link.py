"""Time-limited share links for anonymised donor profiles.

Intended parents can share a donor's anonymised profile (phenotype, screening
summary, staff impression) with their partner using a link. The link holds
the profile id and a random share token stored against it.
"""
from __future__ import annotations

import secrets
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, g, jsonify, render_template
from flask_login import current_user, login_required

from registry.db import get_db

bp = Blueprint("donor_share", __name__)

SHARE_TTL = timedelta(days=7)


def _tokens_match(presented: str, stored: str) -> bool:
    return bool(presented) and presented == stored


@bp.post("/donors/<int:profile_id>/share")
@login_required
def create_share(profile_id: int):
    db = get_db()
    allowed = db.execute(
        "SELECT 1 FROM donor_shortlists WHERE recipient_id = ? AND profile_id = ?",
        (current_user.id, profile_id),
    ).fetchone()
    if allowed is None:
        abort(404)
    token = secrets.token_urlsafe(24)
    db.execute(
        "INSERT INTO donor_share_links (profile_id, token, created_by, expires_at) "
        "VALUES (?, ?, ?, ?)",
        (profile_id, token, current_user.id, datetime.now(timezone.utc) + SHARE_TTL),
    )
    db.commit()
    return jsonify(url=f"/shared/donors/{profile_id}/{token}")


@bp.get("/shared/donors/<int:profile_id>/<token>")
def view_shared(profile_id: int, token: str):
    db = get_db()
    link = db.execute(
        "SELECT token, expires_at FROM donor_share_links "
        "WHERE profile_id = ? AND revoked = 0 ORDER BY expires_at DESC LIMIT 1",
        (profile_id,),
    ).fetchone()
    if link is None or not _tokens_match(token, link["token"]):
        abort(404)
    if datetime.fromisoformat(link["expires_at"]) < datetime.now(timezone.utc):
        abort(410)

    profile = db.execute(
        "SELECT code_name, height_cm, eye_colour, hair_colour, blood_group, "
        "education_level, screening_summary, staff_impression "
        "FROM donor_profiles_public WHERE id = ?",
        (profile_id,),
    ).fetchone()
    if profile is None:
        abort(404)
    g.shared_view = True
    return render_template("donors/shared_profile.html", profile=profile)
