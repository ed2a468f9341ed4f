"""Upload of veterinary health certificates that accompany each hide consignment.

Every lorry from an abattoir must be backed by a signed veterinary certificate
before its hides may enter the soak pits. Buying office staff upload the
scanned certificate against the abattoir and consignment number.
"""
import os
from pathlib import Path

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
CERT_ROOT = Path(os.environ.get("VET_CERT_ROOT", "/srv/tanyard/vet-certs"))
KNOWN_ABATTOIRS = {c for c in os.environ.get("KNOWN_ABATTOIRS", "").split(",") if c}
ALLOWED_TYPES = {"application/pdf", "image/jpeg", "image/png"}


class CertificateStore:
    def __init__(self, root: Path):
        self.root = root

    def folder_for(self, abattoir_code: str, consignment_no: int) -> Path:
        folder = self.root / abattoir_code / f"{consignment_no:06d}"
        folder.mkdir(parents=True, exist_ok=True)
        return folder

    def save(self, abattoir_code: str, consignment_no: int, upload) -> Path:
        target = self.folder_for(abattoir_code, consignment_no) / upload.filename
        upload.save(target)
        return target


store = CertificateStore(CERT_ROOT)


@app.post("/consignments/<int:consignment_no>/certificate")
def upload_certificate(consignment_no: int):
    abattoir = request.form.get("abattoir", "").upper()
    if abattoir not in KNOWN_ABATTOIRS:
        abort(400, "Unknown abattoir")
    upload = request.files.get("certificate")
    if upload is None or upload.mimetype not in ALLOWED_TYPES:
        abort(400, "A PDF or image certificate is required")
    saved = store.save(abattoir, consignment_no, upload)
    return jsonify({"stored_as": saved.name, "consignment": consignment_no}), 201
