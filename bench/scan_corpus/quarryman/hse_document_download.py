"""Download endpoint for site HSE documents.

The site HSE file holds risk assessments, method statements, COSHH sheets
for fuels and explosives, and the quarry's emergency plan. Contractors
download the documents they were briefed on from the contractor portal.
"""

import os
from datetime import datetime, timezone

from flask import Blueprint, abort, current_app, g, send_file

from quarryman.auth import contractor_required
from quarryman.audit import record_download

bp = Blueprint("hse_docs", __name__, url_prefix="/hse-file")

ALLOWED_EXTENSIONS = (".pdf", ".docx", ".xlsx")


def hse_file_root() -> str:
    return current_app.config.get("HSE_FILE_ROOT", "/srv/quarryman/hse-file")


def document_location(section: str, document: str) -> str:
    return os.path.join(hse_file_root(), section, document)


@bp.get("/<section>/<path:document>")
@contractor_required
def download(section: str, document: str):
    if not document.lower().endswith(ALLOWED_EXTENSIONS):
        abort(404)
    location = document_location(section, document)
    if not os.path.isfile(location):
        abort(404)
    record_download(
        contractor_id=g.contractor.id,
        document=f"{section}/{document}",
        at=datetime.now(timezone.utc),
    )
    return send_file(location, as_attachment=True, download_name=os.path.basename(location))
