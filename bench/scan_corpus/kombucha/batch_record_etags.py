"""Editing fermentation batch records with optimistic concurrency.

Several brewers may have the same batch open on the cellar tablets. Each
response carries an ETag derived from the record's revision; an update
must send it back in If-Match, otherwise it would overwrite someone
else's readings.
"""
from __future__ import annotations

import os

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required
from sqlalchemy import create_engine, text

bp = Blueprint("batch_records", __name__, url_prefix="/batches")
engine = create_engine(os.environ["BREWHOUSE_DATABASE_URL"])

EDITABLE = ("vessel", "first_ferment_days", "second_ferment_flavor", "final_ph", "final_brix")


def etag_for(batch_code: str, revision: int) -> str:
    return f'"{batch_code}-r{revision}"'


def load(batch_code: str):
    with engine.connect() as conn:
        return conn.execute(
            text("SELECT batch_code, revision, vessel, first_ferment_days,"
                 " second_ferment_flavor, final_ph, final_brix FROM batches"
                 " WHERE batch_code = :code"),
            {"code": batch_code},
        ).mappings().first()


@bp.get("/<batch_code>")
@login_required
def get_batch(batch_code: str):
    row = load(batch_code)
    if row is None:
        abort(404)
    resp = jsonify({k: row[k] for k in ("batch_code",) + EDITABLE})
    resp.headers["ETag"] = etag_for(row["batch_code"], row["revision"])
    return resp


@bp.patch("/<batch_code>")
@login_required
def update_batch(batch_code: str):
    row = load(batch_code)
    if row is None:
        abort(404)
    current = etag_for(row["batch_code"], row["revision"])
    if request.headers.get("If-Match") != current:
        return jsonify(error="batch was changed by someone else; reload it"), 412
    changes = {k: v for k, v in (request.get_json(silent=True) or {}).items() if k in EDITABLE}
    if not changes:
        abort(400)
    assignments = ", ".join(f"{k} = :{k}" for k in changes)
    with engine.begin() as conn:
        updated = conn.execute(
            text(f"UPDATE batches SET {assignments}, revision = revision + 1"
                 " WHERE batch_code = :code AND revision = :rev"),
            {**changes, "code": batch_code, "rev": row["revision"]},
        ).rowcount
    if updated == 0:
        return jsonify(error="batch was changed by someone else; reload it"), 412
    resp = jsonify({"batch_code": batch_code, "revision": row["revision"] + 1})
    resp.headers["ETag"] = etag_for(batch_code, row["revision"] + 1)
    return resp
