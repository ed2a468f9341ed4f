"""Import a bundle of notebooks exported from another analytics workspace.

Bundles are ``.tar.gz`` files uploaded through the workspace UI. After
unpacking, every notebook is registered in the workspace index.
"""
import logging
import tarfile
import uuid
from pathlib import Path

import nbformat

log = logging.getLogger(__name__)


def import_bundle(upload_path: str, workspace_dir: str) -> list[dict]:
    target = Path(workspace_dir) / "imports" / uuid.uuid4().hex
    target.mkdir(parents=True)

    with tarfile.open(upload_path, mode="r:gz") as bundle:
        bundle.extractall(target)

    imported = []
    for nb_path in sorted(target.rglob("*.ipynb")):
        nb = nbformat.read(nb_path, as_version=4)
        imported.append(
            {
                "path": str(nb_path.relative_to(target)),
                "kernel": nb.metadata.get("kernelspec", {}).get("name", "python3"),
                "cells": len(nb.cells),
            }
        )
    log.info("imported %d notebooks into %s", len(imported), target)
    return imported
