"""Accept certificate-of-analysis PDFs uploaded by isotope suppliers.

Each supplier has its own inbox; the QA pharmacist reviews the CoA
(radionuclidic purity, Mo-99 breakthrough, pH) before releasing a batch.
"""
import logging
import os
from datetime import datetime, timezone
from pathlib import Path

from flask import Flask, abort, jsonify, request
from werkzeug.datastructures import FileStorage

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 20 * 1024 * 1024
log = logging.getLogger("nm.coa")

INBOX_ROOT = Path(os.environ.get("COA_INBOX_ROOT", "/srv/nm/coa_inbox")).resolve()


class SupplierInbox:
    def __init__(self, supplier_code: str) -> None:
        self.directory = (INBOX_ROOT / supplier_code).resolve()
        if not self.directory.is_relative_to(INBOX_ROOT):
            raise ValueError("invalid supplier code")
        self.directory.mkdir(mode=0o750, parents=True, exist_ok=True)

    def _destination(self, filename: str) -> Path:
        candidate = (self.directory / filename).resolve()
        if candidate.parent != self.directory:
            raise ValueError("file name must not contain path components")
        return candidate

    def store(self, upload: FileStorage, batch_no: str) -> Path:
        name = upload.filename or ""
        if not name.lower().endswith(".pdf"):
            raise ValueError("only PDF certificates are accepted")
        dest = self._destination(name)
        upload.save(dest)
        dest.with_suffix(".meta").write_text(
            f"batch={batch_no}\nreceived={datetime.now(timezone.utc).isoformat()}\n",
            encoding="utf-8",
        )
        return dest


@app.post("/supplier/coa")
def receive_coa():
    supplier = request.environ.get("nm.authenticated_supplier")
    if not supplier:
        abort(401)
    upload = request.files.get("certificate")
    batch_no = request.form.get("batch_no", "").strip()
    if upload is None or not batch_no:
        abort(400)
    try:
        stored = SupplierInbox(supplier).store(upload, batch_no)
    except ValueError as exc:
        abort(400, str(exc))
    log.info("CoA for batch %s received from %s", batch_no, supplier)
    return jsonify({"stored": stored.name, "batch_no": batch_no}), 201
