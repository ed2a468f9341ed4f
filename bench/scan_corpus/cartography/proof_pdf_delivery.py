"""Serves print proofs (PDF) to clients for sign-off.

Proofs are rendered by the layout engine and registered in the database.
The client requests a proof by its id; the file location comes from the
database row, never from the request.
"""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, send_file
from flask_login import current_user, login_required
from sqlalchemy import create_engine, text

bp = Blueprint("proofs", __name__, url_prefix="/proofs")

PROOF_ROOT = Path(os.environ.get("PROOF_ROOT", "/srv/proofs")).resolve()
engine = create_engine(os.environ["STUDIO_DATABASE_URL"], pool_pre_ping=True)


def _proof_row(proof_id: int):
    with engine.connect() as conn:
        return conn.execute(
            text(
                "SELECT p.workspace_id, p.revision, p.layout_slug"
                " FROM print_proofs p WHERE p.id = :id AND p.withdrawn = false"
            ),
            {"id": proof_id},
        ).first()


def _proof_path(workspace_id: int, proof_id: int, revision: int) -> Path:
    path = (PROOF_ROOT / f"ws_{workspace_id:06d}" / f"proof_{proof_id}_r{revision}.pdf").resolve()
    if not path.is_relative_to(PROOF_ROOT):
        abort(404)
    return path


@bp.get("/<int:proof_id>.pdf")
@login_required
def download_proof(proof_id: int):
    row = _proof_row(proof_id)
    if row is None:
        abort(404)
    if row.workspace_id not in current_user.workspace_ids:
        abort(403)
    path = _proof_path(row.workspace_id, proof_id, row.revision)
    if not path.is_file():
        abort(404)
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=False,
        download_name=f"{row.layout_slug}-r{row.revision}.pdf",
    )
