"""Imports safety certification records sent in by assessors.

Assessors upload a YAML file after a rescue or first-aid course listing
the candidates and their results; the records are merged into the
club's certification register.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

import yaml
from flask import Blueprint, abort, jsonify, request
from sqlalchemy import text

from .db import engine

bp = Blueprint("certifications", __name__, url_prefix="/certifications")
log = logging.getLogger(__name__)

KNOWN_AWARDS = {"SWR", "WWSR", "FSRT", "FIRST_AID", "PADDLE_START", "PADDLE_DISCOVER"}


@dataclass
class CertificationResult:
    member_number: str
    award: str
    passed: bool
    assessed_on: date
    expires_on: date | None = None


def parse_upload(stream) -> list[CertificationResult]:
    document = yaml.load(stream, Loader=yaml.Loader)
    results = []
    for entry in document.get("candidates", []):
        award = str(entry["award"]).upper()
        if award not in KNOWN_AWARDS:
            raise ValueError(f"unknown award {award}")
        results.append(
            CertificationResult(
                member_number=str(entry["member_number"]),
                award=award,
                passed=bool(entry.get("passed", False)),
                assessed_on=entry["assessed_on"],
                expires_on=entry.get("expires_on"),
            )
        )
    return results


def store(results: list[CertificationResult], assessor: str) -> int:
    with engine.begin() as conn:
        for r in results:
            conn.execute(
                text(
                    "INSERT INTO certifications "
                    "(member_number, award, passed, assessed_on, expires_on, assessor) "
                    "VALUES (:m, :a, :p, :d, :e, :by)"
                ),
                {"m": r.member_number, "a": r.award, "p": r.passed,
                 "d": r.assessed_on, "e": r.expires_on, "by": assessor},
            )
    return len(results)


@bp.post("/import")
def import_results():
    upload = request.files.get("results")
    if upload is None:
        abort(400, "results file missing")
    try:
        results = parse_upload(upload.stream)
    except (KeyError, ValueError, yaml.YAMLError) as exc:
        abort(422, f"could not read results: {exc}")
    count = store(results, assessor=request.form.get("assessor", "unknown"))
    log.info("imported %d certification results", count)
    return jsonify(imported=count)
