"""Serve last (shoe form) revision data to the CNC carving stations with ETag caching."""

import hashlib
import json

from flask import Blueprint, Response, abort, jsonify, request

from clogmaker.models import Last, LastRevision

bp = Blueprint("lasts", __name__, url_prefix="/api/lasts")


def revision_etag(revision: LastRevision) -> str:
    fingerprint = f"{revision.last_id}:{revision.number}:{revision.updated_at.isoformat()}"
    return '"' + hashlib.sha256(fingerprint.encode("utf-8")).hexdigest() + '"'


def _serialise(revision: LastRevision) -> dict:
    return {
        "last_id": revision.last_id,
        "revision": revision.number,
        "length_mm": revision.length_mm,
        "ball_girth_mm": revision.ball_girth_mm,
        "instep_girth_mm": revision.instep_girth_mm,
        "toe_spring_mm": revision.toe_spring_mm,
        "heel_pitch_mm": revision.heel_pitch_mm,
    }


@bp.get("/<int:last_id>/current")
def current_revision(last_id: int):
    last = Last.query.get(last_id)
    if last is None or last.current_revision is None:
        abort(404)
    revision = last.current_revision
    etag = revision_etag(revision)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    response = jsonify(_serialise(revision))
    response.headers["ETag"] = etag
    response.headers["Cache-Control"] = "private, max-age=0, must-revalidate"
    return response


@bp.get("/<int:last_id>/history")
def revision_history(last_id: int):
    revisions = LastRevision.query.filter_by(last_id=last_id).order_by(LastRevision.number).all()
    return Response(json.dumps([_serialise(r) for r in revisions]), mimetype="application/json")
