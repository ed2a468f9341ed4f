"""Serves the daily logs uploaded by remote winding controllers.

Each gateway uploads its log at midnight; the file is stored under the log
root as ``<tower id>/<date>.log``.  Engineers browse them from the office.
"""
from __future__ import annotations

import os
from datetime import date

from flask import Blueprint, abort, current_app, jsonify, send_file
from flask_login import current_user, login_required

bp = Blueprint("controller_logs", __name__, url_prefix="/controllers")


def _log_root() -> str:
    return current_app.config["CONTROLLER_LOG_ROOT"]


def _tower_or_404(tower_id: int):
    if not current_user.is_engineer:
        abort(403)
    tower = current_app.extensions["towers"].get(tower_id)
    if tower is None:
        abort(404)
    return tower


@bp.get("/<int:tower_id>/logs")
@login_required
def list_logs(tower_id: int):
    tower = _tower_or_404(tower_id)
    folder = os.path.join(_log_root(), str(tower.id))
    if not os.path.isdir(folder):
        return jsonify({"logs": []})
    days = sorted((n[:-4] for n in os.listdir(folder) if n.endswith(".log")), reverse=True)
    return jsonify({"tower": tower.code, "logs": days})


@bp.get("/<int:tower_id>/logs/<day>")
@login_required
def download_log(tower_id: int, day: str):
    tower = _tower_or_404(tower_id)
    try:
        log_day = date.fromisoformat(day)
    except ValueError:
        abort(400)
    path = os.path.join(_log_root(), str(tower.id), f"{log_day.isoformat()}.log")
    if not os.path.isfile(path):
        abort(404)
    return send_file(
        path,
        mimetype="text/plain",
        as_attachment=True,
        download_name=f"{tower.code}-{log_day.isoformat()}.log",
    )
