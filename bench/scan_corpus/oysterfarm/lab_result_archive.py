"""Archive of outside-lab reports, filed per harvest batch."""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request, send_file

from .auth import staff_role_required

bp = Blueprint("lab_archive", __name__, url_prefix="/staff/lab-archive")


@dataclass
class ArchivedReport:
    path: Path
    checksum: str


class LabArchive:
    def __init__(self, root: str) -> None:
        self.root = Path(root).resolve()

    def _confined(self, *parts: str) -> Path:
        candidate = self.root.joinpath(*parts).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError("path escapes the lab archive")
        return candidate

    def file_report(self, batch_id: int, source: Path) -> ArchivedReport:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        target = self._confined(f"batch-{batch_id:06d}", f"{digest[:16]}.pdf")
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(source, target)
        return ArchivedReport(target, digest)

    def open_report(self, batch_id: int, name: str) -> Path:
        return self._confined(f"batch-{batch_id:06d}", name)

    def list_reports(self, batch_id: int) -> list[str]:
        folder = self._confined(f"batch-{batch_id:06d}")
        if not folder.is_dir():
            return []
        return sorted(p.name for p in folder.glob("*.pdf"))


def _archive() -> LabArchive:
    return LabArchive(current_app.config["LAB_ARCHIVE_ROOT"])


@bp.get("/<int:batch_id>")
@staff_role_required("lab")
def list_for_batch(batch_id: int):
    return jsonify({"batch_id": batch_id, "reports": _archive().list_reports(batch_id)})


@bp.get("/<int:batch_id>/file")
@staff_role_required("lab")
def fetch(batch_id: int):
    try:
        path = _archive().open_report(batch_id, request.args.get("name", ""))
    except PermissionError:
        abort(400, "invalid report name")
    if not path.is_file():
        abort(404)
    return send_file(path, mimetype="application/pdf")
