"""Storage of draft inspection certificate PDFs.

The certificate generator writes draft PDFs to a working folder; QA
clerks can preview or discard drafts before the final issue step copies
them to the archive.
"""
import json
from pathlib import Path

from flask import Blueprint, abort, jsonify, request
from flask_login import login_required

from qa.config import settings

bp = Blueprint("cert_drafts", __name__, url_prefix="/qa/drafts")


class DraftStore:
    def __init__(self, base: str):
        self.base = Path(base)
        self.base.mkdir(parents=True, exist_ok=True)

    def list(self) -> list[dict]:
        return [
            {"name": p.name, "size": p.stat().st_size}
            for p in sorted(self.base.glob("*.pdf"))
        ]

    def save(self, cert_no: str, pdf_bytes: bytes) -> Path:
        target = self.base / f"{cert_no}-draft.pdf"
        target.write_bytes(pdf_bytes)
        return target

    def discard(self, name: str) -> bool:
        target = self.base / name
        if not target.exists():
            return False
        target.unlink()
        return True


store = DraftStore(settings.CERT_DRAFT_DIR)


@bp.get("/")
@login_required
def list_drafts():
    return jsonify(store.list())


@bp.post("/discard")
@login_required
def discard_draft():
    payload = json.loads(request.get_data() or b"{}")
    name = payload.get("name")
    if not name:
        abort(400)
    if not store.discard(name):
        abort(404)
    return jsonify({"discarded": name})
