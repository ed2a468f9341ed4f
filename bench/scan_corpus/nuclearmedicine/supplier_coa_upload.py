"""Certificate-of-analysis intake from the isotope supplier portal.

Suppliers upload the CoA PDF for each radiopharmaceutical batch (radio-
nuclidic purity, Mo-99 breakthrough, sterility). Files land in a per-
supplier inbox that the QA pharmacist reviews before release.
"""
import logging
import os
from datetime import datetime, timezone

from flask import Flask, abort, jsonify, request
from werkzeug.datastructures import FileStorage

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024
log = logging.getLogger("nm.coa_intake")

INBOX_ROOT = os.environ.get("COA_INBOX_ROOT", "/srv/nm/coa_inbox")
ALLOWED_EXTENSIONS = {".pdf"}


class CoaInbox:
    def __init__(self, supplier_code: str) -> None:
        self.supplier_code = supplier_code
        self.directory = os.path.join(INBOX_ROOT, supplier_code)
        os.makedirs(self.directory, mode=0o750, exist_ok=True)

    def _destination(self, filename: str) -> str:
        return os.path.join(self.directory, filename)

    def store(self, upload: FileStorage, batch_no: str) -> str:
        _, ext = os.path.splitext(upload.filename or "")
        if ext.lower() not in ALLOWED_EXTENSIONS:
            raise ValueError("only PDF certificates are accepted")
        dest = self._destination(upload.filename)
        upload.save(dest)
        with open(dest + ".meta", "w", encoding="utf-8") as meta:
            meta.write(f"batch={batch_no}\nreceived={datetime.now(timezone.utc).isoformat()}\n")
        return dest


def _supplier_from_request() -> str:
    supplier = request.environ.get("nm.authenticated_supplier")
    if not supplier:
        abort(401)
    return supplier


@app.post("/supplier/coa")
def upload_coa():
    supplier = _supplier_from_request()
    upload = request.files.get("certificate")
    batch_no = request.form.get("batch_no", "").strip()
    if upload is None or not batch_no:
        abort(400)
    try:
        stored = CoaInbox(supplier).store(upload, batch_no)
    except ValueError as exc:
        abort(415, str(exc))
    log.info("CoA for batch %s received from %s", batch_no, supplier)
    return jsonify({"stored": os.path.basename(stored), "batch_no": batch_no}), 201
