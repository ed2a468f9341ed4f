"""Remembers the visitor's chosen language for the audio-guide and ticket pages.

The front-end reads the cookie directly to pick the audio track, so it is
deliberately readable from JavaScript; it carries no account information.
"""
from flask import Blueprint, abort, jsonify, redirect, request, url_for

from lighthousekeeper.settings import settings

bp = Blueprint("language", __name__)

LANG_COOKIE = "lhk_lang"
SUPPORTED = {"en", "cy", "gd", "fr", "de", "nl"}
ONE_YEAR = 60 * 60 * 24 * 365


def preferred_language() -> str:
    chosen = request.cookies.get(LANG_COOKIE)
    if chosen in SUPPORTED:
        return chosen
    best = request.accept_languages.best_match(sorted(SUPPORTED))
    return best or settings.DEFAULT_LANGUAGE


@bp.get("/language")
def current_language():
    return jsonify(language=preferred_language(), supported=sorted(SUPPORTED))


@bp.post("/language")
def set_language():
    lang = request.form.get("lang", "").lower()
    if lang not in SUPPORTED:
        abort(400)
    response = redirect(request.referrer or url_for("tickets.index"))
    response.set_cookie(LANG_COOKIE, lang, max_age=ONE_YEAR, secure=True, httponly=False, samesite="Lax")
    return response
