"""Prepare uploaded documents before they are sent out for e-signature.

Negotiators upload a Word document (tenancy agreement, section 21 notice,
memorandum of sale). We convert it to PDF and stamp the document title into
the PDF metadata so it shows up correctly in the signing provider's inbox.
"""
import shutil
import subprocess
import tempfile
from io import BytesIO
from pathlib import Path

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import login_required

bp = Blueprint("document_prepare", __name__)

ALLOWED_SUFFIXES = {".doc", ".docx", ".odt"}


def _convert_to_pdf(source: Path, workdir: Path) -> Path:
    subprocess.run(
        ["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(workdir), str(source)],
        check=True,
        timeout=120,
    )
    return workdir / (source.stem + ".pdf")


@bp.post("/documents/prepare")
@login_required
def prepare_document():
    upload = request.files.get("document")
    title = request.form.get("title", "Untitled document")
    if upload is None or Path(upload.filename or "").suffix.lower() not in ALLOWED_SUFFIXES:
        abort(400, "Upload a .doc, .docx or .odt file")

    workdir = Path(tempfile.mkdtemp(prefix="prep-"))
    try:
        source = workdir / ("source" + Path(upload.filename).suffix.lower())
        upload.save(source)
        pdf_path = _convert_to_pdf(source, workdir)
        subprocess.run(
            f'exiftool -overwrite_original -Title="{title}" {pdf_path}',
            shell=True,
            check=True,
            timeout=30,
        )
        data = pdf_path.read_bytes()
    finally:
        shutil.rmtree(workdir, ignore_errors=True)

    current_app.logger.info("prepared document %r for signing", title)
    return send_file(BytesIO(data), mimetype="application/pdf", download_name="prepared.pdf")
