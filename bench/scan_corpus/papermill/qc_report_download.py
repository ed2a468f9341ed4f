"""Serves reel quality certificates (COA PDFs) to customers from the report share."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Blueprint, abort, g, send_file

bp = Blueprint("coa", __name__, url_prefix="/certificates")


class ReportShare:
    """Resolves certificate files under the customer's folder on the report share."""

    def __init__(self, root: str | None = None) -> None:
        self.root = Path(root or os.environ["COA_REPORT_ROOT"]).resolve()

    def customer_dir(self, customer_id: str) -> Path:
        return (self.root / customer_id).resolve()

    def locate(self, customer_id: str, filename: str) -> Path:
        base = self.customer_dir(customer_id)
        if not base.is_relative_to(self.root):
            raise PermissionError(customer_id)
        candidate = (base / filename).resolve()
        if not candidate.is_relative_to(base):
            raise PermissionError(filename)
        if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate

    def listing(self, customer_id: str) -> list[str]:
        base = self.customer_dir(customer_id)
        if not base.is_relative_to(self.root) or not base.is_dir():
            return []
        return sorted(p.name for p in base.glob("*.pdf"))


share = ReportShare()


@bp.get("/")
def list_certificates():
    return {"files": share.listing(g.customer_id)}


@bp.get("/<path:filename>")
def download_certificate(filename: str):
    try:
        path = share.locate(g.customer_id, filename)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=path.name)
