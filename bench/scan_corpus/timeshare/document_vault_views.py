"""Owner document vault: contracts, deeds, fee statements and exchange confirmations.

Files live on the shared vault volume under ``<VAULT_ROOT>/<owner_id>/``.
"""
from __future__ import annotations

import os
from functools import wraps

from flask import Blueprint, abort, g, jsonify, send_file, session

vault = Blueprint("vault", __name__, url_prefix="/vault")


class VaultSettings:
    def __init__(self) -> None:
        self.root = os.environ.get("VAULT_ROOT", "/srv/vault")
        self.max_listing = int(os.environ.get("VAULT_MAX_LISTING", "500"))


settings = VaultSettings()


def owner_required(view):
    @wraps(view)
    def wrapper(*args, **kwargs):
        owner_id = session.get("owner_id")
        if owner_id is None:
            abort(401)
        g.owner_id = int(owner_id)
        return view(*args, **kwargs)

    return wrapper


def _owner_dir(owner_id: int) -> str:
    return os.path.join(settings.root, str(owner_id))


@vault.get("/documents")
@owner_required
def list_documents():
    folder = _owner_dir(g.owner_id)
    if not os.path.isdir(folder):
        return jsonify([])
    entries = []
    for name in sorted(os.listdir(folder))[: settings.max_listing]:
        full = os.path.join(folder, name)
        if os.path.isfile(full):
            entries.append({"name": name, "size": os.path.getsize(full)})
    return jsonify(entries)


@vault.get("/documents/<path:filename>")
@owner_required
def download_document(filename: str):
    folder = _owner_dir(g.owner_id)
    if not os.path.isdir(folder):
        abort(404)
    try:
        return send_file(os.path.join(folder, filename), as_attachment=True)
    except FileNotFoundError:
        abort(404)
