"""Public archer profile pages on the club website.

Each member can opt in to a public profile that shows their bow style,
classification badges, personal bests and a short biography.
"""
from __future__ import annotations

from flask import Blueprint, abort, render_template, request
from flask_login import current_user, login_required
from markupsafe import Markup

from .db import get_db

bp = Blueprint("profiles", __name__, url_prefix="/archers")

MAX_BIO_LENGTH = 2000


def _load_profile(slug: str):
    db = get_db()
    return db.execute(
        "SELECT m.id, m.display_name, m.bow_style, m.classification, p.bio, p.is_public "
        "FROM members m JOIN profiles p ON p.member_id = m.id WHERE p.slug = ?",
        (slug,),
    ).fetchone()


def _personal_bests(member_id: int):
    return get_db().execute(
        "SELECT round_name, MAX(score) AS best FROM scores WHERE archer_id = ? "
        "GROUP BY round_name ORDER BY round_name",
        (member_id,),
    ).fetchall()


def _format_bio(bio: str) -> Markup:
    paragraphs = [p.strip() for p in bio.split("\n\n") if p.strip()]
    return Markup("".join(f"<p>{p}</p>" for p in paragraphs))


@bp.get("/<slug>")
def show_profile(slug: str):
    profile = _load_profile(slug)
    if profile is None or not profile["is_public"]:
        abort(404)
    return render_template(
        "profiles/show.html",
        profile=profile,
        bio_html=_format_bio(profile["bio"] or ""),
        personal_bests=_personal_bests(profile["id"]),
    )


@bp.post("/me/bio")
@login_required
def update_bio():
    bio = request.form.get("bio", "")
    if len(bio) > MAX_BIO_LENGTH:
        abort(400, "Biography too long")
    db = get_db()
    db.execute("UPDATE profiles SET bio = ? WHERE member_id = ?", (bio, current_user.id))
    db.commit()
    return render_template("profiles/saved.html"), 200
