"""Read-only endpoint serving the published exam grade scheme.

The grade scheme (Elementary, Grade 1-5, Advanced Certificate...) changes
rarely, so responses carry an ETag and clients revalidate with
``If-None-Match``.
"""
from __future__ import annotations

import hashlib
import json
from dataclasses import asdict, dataclass
from typing import List

from flask import Blueprint, Response, abort, request

from .catalogue import load_grade_scheme

bp = Blueprint("grades", __name__)


@dataclass
class GradeBand:
    code: str
    title: str
    pass_mark: int
    merit_mark: int
    distinction_mark: int


def result_for(band: GradeBand, score: int) -> str:
    if score >= band.distinction_mark:
        return "distinction"
    if score >= band.merit_mark:
        return "merit"
    if score >= band.pass_mark:
        return "pass"
    return "not yet"


def _etag(payload: bytes) -> str:
    return '"' + hashlib.sha256(payload).hexdigest()[:32] + '"'


@bp.get("/exams/grades")
def grade_scheme():
    bands: List[GradeBand] = [GradeBand(**row) for row in load_grade_scheme()]
    payload = json.dumps([asdict(b) for b in bands], sort_keys=True).encode("utf-8")
    etag = _etag(payload)
    if request.headers.get("If-None-Match") == etag:
        return Response(status=304, headers={"ETag": etag})
    return Response(payload, mimetype="application/json",
                    headers={"ETag": etag, "Cache-Control": "public, max-age=3600"})


@bp.get("/exams/grades/<code>/result")
def grade_result(code: str):
    score = request.args.get("score", type=int)
    if score is None:
        abort(400, "score is required")
    for row in load_grade_scheme():
        band = GradeBand(**row)
        if band.code == code.upper():
            return {"grade": band.title, "score": score, "result": result_for(band, score)}
    abort(404)
