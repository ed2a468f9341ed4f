"""Administration of archived game cards.

A game card (the printed bag sheet handed to each gun at the end of the day)
is archived as a PDF. Office staff can withdraw a card that was issued in
error, which deletes the archived PDF and marks the card void.
"""
import logging
import os

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from gamekeeper.config import settings
from gamekeeper.gamecards import GameCardIndex

log = logging.getLogger(__name__)
bp = Blueprint("game_card_admin", __name__, url_prefix="/admin/game-cards")

ARCHIVE_DIR = settings.GAME_CARD_ARCHIVE


def archived_path(season: str, file_name: str) -> str:
    return os.path.join(ARCHIVE_DIR, season, file_name)


def withdraw(index: GameCardIndex, season: str, file_name: str, reason: str) -> bool:
    path = archived_path(season, file_name)
    if not os.path.exists(path):
        return False
    os.remove(path)
    index.mark_void(season, file_name, reason)
    return True


@bp.post("/withdraw")
@login_required
def withdraw_card():
    body = request.get_json(force=True)
    season = body.get("season", settings.CURRENT_SEASON)
    file_name = body.get("file")
    reason = body.get("reason", "issued in error")
    if not file_name:
        abort(400)
    index = GameCardIndex()
    if not withdraw(index, season, file_name, reason):
        abort(404)
    log.info("game card %s/%s withdrawn: %s", season, file_name, reason)
    return jsonify({"withdrawn": file_name})
