"""Ingest derived datasets that sponsors upload via the data-exchange portal.

Sponsors' statisticians push back derived analysis datasets (ADaM-like)
which we load into the reconciliation schema for cross-checks against
the EDC extract.
"""
import logging
import re
import tempfile
from pathlib import Path

import pandas as pd
from flask import Blueprint, abort, current_app, jsonify, request
from werkzeug.utils import secure_filename

bp = Blueprint("sponsor_uploads", __name__, url_prefix="/exchange")
log = logging.getLogger(__name__)

_READERS = {
    ".csv": pd.read_csv,
    ".parquet": pd.read_parquet,
    ".pkl": pd.read_pickle,
}
MAX_ROWS = 2_000_000
STUDY_CODE_RE = re.compile(r"[A-Z0-9]{3,12}")


def _load_frame(path: Path) -> pd.DataFrame:
    reader = _READERS[path.suffix.lower()]
    return reader(path)


@bp.post("/studies/<study_code>/derived")
def upload_derived(study_code: str):
    if not STUDY_CODE_RE.fullmatch(study_code):
        abort(404)
    upload = request.files.get("dataset")
    if upload is None or not upload.filename:
        abort(400, "dataset file missing")
    name = secure_filename(upload.filename)
    if Path(name).suffix.lower() not in _READERS:
        abort(415, "unsupported dataset format")

    with tempfile.TemporaryDirectory(prefix="derived-") as tmp:
        path = Path(tmp) / name
        upload.save(path)
        frame = _load_frame(path)

    if len(frame) > MAX_ROWS:
        abort(413, "dataset too large")
    engine = current_app.extensions["recon_engine"]
    table = f"derived_{Path(name).stem.lower()}"[:60]
    frame.to_sql(table, engine, schema=f"recon_{study_code.lower()}", if_exists="replace", index=False)
    log.info("loaded %d rows into %s for %s", len(frame), table, study_code)
    return jsonify(table=table, rows=len(frame)), 201
