"""Serves original high-resolution scans to registered bidders who request them."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Blueprint, abort, current_app, request, send_file
from flask_login import current_user, login_required

scans = Blueprint("scans", __name__)

MIME_BY_EXT = {".jpg": "image/jpeg", ".jpeg": "image/jpeg", ".tif": "image/tiff", ".png": "image/png"}


@dataclass(frozen=True)
class ScanStorage:
    root: str

    def lot_folder(self, sale_code: str, lot_number: int) -> str:
        return os.path.join(self.root, sale_code.upper(), f"{lot_number:05d}")

    def locate(self, sale_code: str, lot_number: int, filename: str) -> str:
        return os.path.join(self.lot_folder(sale_code, lot_number), filename)


def storage() -> ScanStorage:
    return ScanStorage(current_app.config["SCAN_ROOT"])


@scans.get("/sales/<sale_code>/lots/<int:lot_number>/scan")
@login_required
def download_scan(sale_code: str, lot_number: int):
    if not current_user.is_registered_bidder:
        abort(403)
    filename = request.args.get("file", "front.jpg")
    path = storage().locate(sale_code, lot_number, filename)
    if not os.path.isfile(path):
        abort(404)
    mimetype = MIME_BY_EXT.get(os.path.splitext(path)[1].lower(), "application/octet-stream")
    return send_file(path, mimetype=mimetype, as_attachment=True, download_name=os.path.basename(path))


@scans.get("/sales/<sale_code>/lots/<int:lot_number>/scans")
@login_required
def list_scans(sale_code: str, lot_number: int):
    folder = storage().lot_folder(sale_code, lot_number)
    if not os.path.isdir(folder):
        return {"scans": []}
    names = sorted(n for n in os.listdir(folder) if os.path.splitext(n)[1].lower() in MIME_BY_EXT)
    return {"scans": names}
