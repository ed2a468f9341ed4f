"""Driver app: download PDF receipts for completed charging sessions."""
from __future__ import annotations

import os
from functools import wraps

from flask import Flask, abort, g, request, send_file

from driver_api.auth import load_driver_from_bearer

RECEIPTS_ROOT = os.environ.get("VG_RECEIPTS_ROOT", "/srv/voltgrid/receipts")

app = Flask(__name__)


def driver_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        driver = load_driver_from_bearer(request.headers.get("Authorization", ""))
        if driver is None:
            abort(401)
        g.driver = driver
        return view(*args, **kwargs)
    return wrapper


class ReceiptLocator:
    def __init__(self, root: str) -> None:
        self.root = root

    def driver_folder(self, driver_id: int) -> str:
        return os.path.join(self.root, f"driver-{driver_id:08d}")

    def path_for(self, driver_id: int, document: str) -> str:
        return os.path.join(self.driver_folder(driver_id), document)


locator = ReceiptLocator(RECEIPTS_ROOT)


@app.get("/v1/receipts")
@driver_required
def list_receipts():
    folder = locator.driver_folder(g.driver.id)
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf")) if os.path.isdir(folder) else []
    return {"receipts": names}


@app.get("/v1/receipts/download")
@driver_required
def download_receipt():
    document = request.args.get("document", "")
    if not document:
        abort(400)
    path = locator.path_for(g.driver.id, document)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype="application/pdf", as_attachment=True,
                     download_name=os.path.basename(path))
