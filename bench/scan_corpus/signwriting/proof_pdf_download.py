"""Serve proof PDFs to the customer who owns the job."""
from __future__ import annotations

import os

from flask import Blueprint, abort, send_from_directory
from flask_login import current_user, login_required

bp = Blueprint("proof_pdf", __name__)

PROOF_DIR = os.environ.get("PROOF_PDF_DIR", "/srv/signshop/proofs")


class ProofLookup:
    """Thin wrapper over the proofs table used by the download views."""

    def __init__(self, session) -> None:
        self.session = session

    def get(self, proof_id: int):
        from workshop.models import Proof

        return self.session.get(Proof, proof_id)

    @staticmethod
    def stored_name(proof) -> str:
        return f"job-{proof.job_id}-proof-{proof.id}-v{proof.version}.pdf"


@bp.get("/proofs/<int:proof_id>.pdf")
@login_required
def proof_pdf(proof_id: int):
    from workshop.db import get_session

    with get_session() as session:
        lookup = ProofLookup(session)
        proof = lookup.get(proof_id)
        if proof is None:
            abort(404)
        if not (current_user.is_staff or proof.customer_id == current_user.customer_id):
            abort(403)
        name = lookup.stored_name(proof)
    return send_from_directory(
        PROOF_DIR,
        name,
        mimetype="application/pdf",
        as_attachment=False,
        max_age=0,
    )
