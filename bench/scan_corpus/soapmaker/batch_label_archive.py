"""Archive of printed batch labels (INCI list, batch number, best-before) for the label printer."""

from __future__ import annotations

from pathlib import Path

from flask import Blueprint, abort, current_app, g, jsonify, request

bp = Blueprint("labels", __name__, url_prefix="/labels")


class LabelArchive:
    """Keeps rendered label files (PNG/PDF) on the print server's share."""

    ALLOWED_SUFFIXES = {".png", ".pdf", ".zpl"}

    def __init__(self, root: str) -> None:
        self.root = Path(root)
        self.root.mkdir(parents=True, exist_ok=True)

    def _path_for(self, name: str) -> Path:
        return self.root / name

    def list(self) -> list[dict]:
        return [
            {"name": p.name, "bytes": p.stat().st_size}
            for p in sorted(self.root.iterdir())
            if p.is_file() and p.suffix in self.ALLOWED_SUFFIXES
        ]

    def save(self, batch_no: str, suffix: str, data: bytes) -> str:
        if suffix not in self.ALLOWED_SUFFIXES or not batch_no.isalnum():
            raise ValueError("bad label name")
        name = f"{batch_no}{suffix}"
        (self.root / name).write_bytes(data)
        return name

    def delete(self, name: str) -> bool:
        target = self._path_for(name)
        if not target.is_file():
            return False
        target.unlink()
        return True


def _archive() -> LabelArchive:
    return LabelArchive(current_app.config["LABEL_ARCHIVE_DIR"])


@bp.get("/")
def list_labels():
    if g.get("staff_id") is None:
        abort(401)
    return jsonify(_archive().list())


@bp.post("/delete")
def delete_label():
    if g.get("staff_id") is None:
        abort(401)
    name = (request.get_json(silent=True) or {}).get("file_name", "")
    if not name:
        abort(400)
    if not _archive().delete(name):
        abort(404)
    current_app.logger.info("staff %s deleted label %s", g.staff_id, name)
    return jsonify({"deleted": name})
