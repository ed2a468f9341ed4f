"""Imports saved loom projects that students upload from the desktop drafting tool."""
from __future__ import annotations

import io
import logging
import pickle
import zlib
from dataclasses import dataclass, field

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("projects", __name__, url_prefix="/projects")
log = logging.getLogger(__name__)

MAGIC = b"WVPJ"
MAX_UPLOAD = 2 * 1024 * 1024


@dataclass
class LoomProject:
    title: str
    shafts: int
    treadles: int
    threading: list[int] = field(default_factory=list)
    tieup: list[list[int]] = field(default_factory=list)
    treadling: list[int] = field(default_factory=list)
    epi: int = 20


def _decode_payload(blob: bytes) -> dict:
    if not blob.startswith(MAGIC):
        raise ValueError("not a loom project file")
    raw = zlib.decompress(blob[len(MAGIC):])
    return pickle.load(io.BytesIO(raw))


def parse_project(blob: bytes) -> LoomProject:
    data = _decode_payload(blob)
    project = LoomProject(
        title=str(data["title"])[:120],
        shafts=int(data["shafts"]),
        treadles=int(data["treadles"]),
        threading=[int(x) for x in data.get("threading", [])],
        tieup=[[int(x) for x in row] for row in data.get("tieup", [])],
        treadling=[int(x) for x in data.get("treadling", [])],
        epi=int(data.get("epi", 20)),
    )
    if not 2 <= project.shafts <= 32:
        raise ValueError("unsupported number of shafts")
    return project


@bp.post("/import")
def import_project():
    upload = request.files.get("project")
    if upload is None:
        abort(400, "missing project file")
    blob = upload.read(MAX_UPLOAD + 1)
    if len(blob) > MAX_UPLOAD:
        abort(413)
    try:
        project = parse_project(blob)
    except (ValueError, KeyError, zlib.error) as exc:
        log.info("rejected project upload: %s", exc)
        abort(422, "could not read project")
    return jsonify(title=project.title, shafts=project.shafts, picks=len(project.treadling))
