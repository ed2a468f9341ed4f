"""Management of evidence files attached to stewardship grant claims.

Each claim for hedgerow laying needs evidence: dated photos, the job
sheet PDF and the invoice. The office can remove a wrongly attached file
from a claim before it is submitted to the paying agency.
"""
from __future__ import annotations

import logging
import os
from dataclasses import dataclass

from flask import Flask, abort, jsonify, request

log = logging.getLogger("grants.evidence")

app = Flask(__name__)


@dataclass
class EvidenceStore:
    root: str

    def claim_dir(self, claim_id: int) -> str:
        return os.path.join(self.root, f"claim-{claim_id:06d}")

    def _evidence_path(self, claim_id: int, name: str) -> str:
        return os.path.join(self.claim_dir(claim_id), name)

    def list(self, claim_id: int) -> list[str]:
        folder = self.claim_dir(claim_id)
        return sorted(os.listdir(folder)) if os.path.isdir(folder) else []

    def remove(self, claim_id: int, name: str) -> bool:
        path = self._evidence_path(claim_id, name)
        if not os.path.isfile(path):
            return False
        os.remove(path)
        return True


store = EvidenceStore(root=os.environ.get("EVIDENCE_ROOT", "/srv/hedgeoffice/evidence"))


def _claim_is_draft(claim_id: int) -> bool:
    from claims import get_claim

    claim = get_claim(claim_id)
    return claim is not None and claim.status == "draft"


@app.get("/claims/<int:claim_id>/evidence")
def list_evidence(claim_id: int):
    return jsonify({"files": store.list(claim_id)})


@app.delete("/claims/<int:claim_id>/evidence")
def delete_evidence(claim_id: int):
    if not _claim_is_draft(claim_id):
        abort(409, "evidence can only be changed on draft claims")
    name = request.args.get("name", "")
    if not name:
        abort(400, "name is required")
    if not store.remove(claim_id, name):
        abort(404)
    log.info("removed evidence %s from claim %s", name, claim_id)
    return "", 204
