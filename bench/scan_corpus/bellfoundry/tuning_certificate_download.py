"""Serves tuning certificates (PDF) to customers from the order portal."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from flask import Flask, abort, request, send_file
from flask_login import LoginManager, current_user, login_required

app = Flask(__name__)
app.config["SECRET_KEY"] = os.environ["PORTAL_SECRET_KEY"]
login_manager = LoginManager(app)


@dataclass(frozen=True)
class CertificateSettings:
    root: Path = Path(os.environ.get("CERTIFICATE_ROOT", "/srv/foundry/certificates"))
    default_suffix: str = ".pdf"


class CertificateStore:
    def __init__(self, settings: CertificateSettings) -> None:
        self.settings = settings

    def filename_for(self, requested: str) -> str:
        if not requested.endswith(self.settings.default_suffix):
            requested += self.settings.default_suffix
        return requested

    def path_for(self, customer_id: int, requested: str) -> Path:
        customer_dir = self.settings.root / f"customer-{customer_id}"
        return customer_dir / self.filename_for(requested)


class CertificateService:
    def __init__(self, store: CertificateStore) -> None:
        self.store = store

    def locate(self, customer_id: int, requested: str) -> Path:
        path = self.store.path_for(customer_id, requested)
        if not path.is_file():
            abort(404)
        return path


service = CertificateService(CertificateStore(CertificateSettings()))


@app.get("/certificates/download")
@login_required
def download_certificate():
    requested = request.args.get("file", "")
    if not requested:
        abort(400)
    path = service.locate(current_user.customer_id, requested)
    return send_file(path, mimetype="application/pdf", as_attachment=True, download_name=path.name)
