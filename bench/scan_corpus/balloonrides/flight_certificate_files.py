"""Serves personalised flight certificates that passengers download after landing."""
from __future__ import annotations

import os
from pathlib import Path

from flask import Flask, abort, send_file

app = Flask(__name__)


class CertificateDirectory:
    """Maps a requested certificate name onto the certificate volume."""

    def __init__(self, root: str | None = None) -> None:
        base = root or os.environ.get("CERTIFICATE_DIR", "/srv/balloonops/certificates")
        self.root = Path(base).resolve()

    def locate(self, booking_ref: str, filename: str) -> Path:
        candidate = (self.root / booking_ref / filename).resolve()
        if not candidate.is_relative_to(self.root):
            raise PermissionError(filename)
        if not candidate.is_file():
            raise FileNotFoundError(filename)
        return candidate


class CertificateService:
    allowed_suffixes = (".pdf", ".png")

    def __init__(self, directory: CertificateDirectory) -> None:
        self.directory = directory

    def fetch(self, booking_ref: str, filename: str) -> Path:
        if not filename.lower().endswith(self.allowed_suffixes):
            raise FileNotFoundError(filename)
        return self.directory.locate(booking_ref, filename)


service = CertificateService(CertificateDirectory())


@app.get("/certificates/<booking_ref>/<path:filename>")
def download_certificate(booking_ref: str, filename: str):
    try:
        path = service.fetch(booking_ref, filename)
    except PermissionError:
        abort(403)
    except FileNotFoundError:
        abort(404)
    return send_file(path, as_attachment=True, download_name=path.name)
