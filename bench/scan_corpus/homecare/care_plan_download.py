"""Download of a client's care plan documents from the family portal.

Relatives with the "documents" permission can download the signed care
plan and risk assessments for the client they are linked to.
"""
from __future__ import annotations

import logging
import os

from flask import Blueprint, abort, current_app, send_from_directory, session

from .models import FamilyMember

bp = Blueprint("family_documents", __name__, url_prefix="/family/documents")
log = logging.getLogger(__name__)

SHAREABLE_SUFFIXES = (".pdf",)


def _current_member() -> FamilyMember:
    member_id = session.get("family_member_id")
    member = FamilyMember.query.get(member_id) if member_id else None
    if member is None or not member.can_see_documents:
        abort(403)
    return member


def _client_dir(client_id: int) -> str:
    return os.path.join(current_app.config["CARE_PLAN_ROOT"], str(client_id), "shared")


@bp.get("/")
def list_shared():
    member = _current_member()
    folder = _client_dir(member.client_id)
    try:
        names = sorted(n for n in os.listdir(folder) if n.lower().endswith(SHAREABLE_SUFFIXES))
    except FileNotFoundError:
        names = []
    return {"documents": names}


@bp.get("/<path:filename>")
def download(filename: str):
    member = _current_member()
    if not filename.lower().endswith(SHAREABLE_SUFFIXES):
        abort(404)
    log.info("family member %s downloading %s", member.id, filename)
    return send_from_directory(_client_dir(member.client_id), filename, as_attachment=True)
