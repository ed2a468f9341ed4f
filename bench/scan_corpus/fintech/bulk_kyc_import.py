"""Bulk import of KYC packs delivered by referral partners.

Partners upload a .tar.gz with one folder per applicant containing the ID
scan, proof of address and a manifest.json; we unpack it into the intake
area where the OCR workers pick it up.
"""
import json
import os
import tarfile
import uuid
from pathlib import Path

from flask import Blueprint, abort, jsonify, request

from partners.auth import partner_from_api_key

bp = Blueprint("kyc_bulk_import", __name__, url_prefix="/partners")

INTAKE_ROOT = Path(os.environ.get("KYC_INTAKE_ROOT", "/srv/kyc/intake"))


@bp.post("/kyc-packs")
def upload_kyc_pack():
    partner = partner_from_api_key(request.headers.get("X-Partner-Key", ""))
    if partner is None:
        abort(401)
    upload = request.files.get("pack")
    if upload is None:
        abort(400)

    batch_id = uuid.uuid4().hex
    dest = INTAKE_ROOT / partner.slug / batch_id
    dest.mkdir(parents=True)

    with tarfile.open(fileobj=upload.stream, mode="r:gz") as tar:
        tar.extractall(dest)

    applicants = []
    for manifest in dest.glob("*/manifest.json"):
        data = json.loads(manifest.read_text())
        applicants.append(data.get("applicant_ref"))

    return jsonify({"batch_id": batch_id, "applicants": applicants}), 202
