"""Import a zip of glaze recipe cards (JSON) and test tile photos.

Members export recipe bundles from other studio software and upload them to
their kilnhire glaze notebook.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import uuid
import zipfile

log = logging.getLogger(__name__)

MAX_MEMBERS = 500
MAX_TOTAL_BYTES = 50 * 1024 * 1024


class BundleError(ValueError):
    pass


class RecipeBundleImporter:
    def __init__(self, notebook_root: str):
        self.notebook_root = notebook_root

    def _workdir(self, member_id: int) -> str:
        path = os.path.join(self.notebook_root, str(member_id), "imports", uuid.uuid4().hex)
        os.makedirs(path, exist_ok=True)
        return path

    def _unpack(self, archive: zipfile.ZipFile, dest: str) -> list[str]:
        infos = archive.infolist()
        if len(infos) > MAX_MEMBERS:
            raise BundleError("bundle has too many files")
        if sum(i.file_size for i in infos) > MAX_TOTAL_BYTES:
            raise BundleError("bundle is too large")
        written = []
        for info in infos:
            if info.is_dir():
                continue
            target = os.path.join(dest, info.filename)
            os.makedirs(os.path.dirname(target), exist_ok=True)
            with archive.open(info) as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
            written.append(target)
        return written

    def import_bundle(self, member_id: int, upload_path: str) -> list[dict]:
        dest = self._workdir(member_id)
        try:
            with zipfile.ZipFile(upload_path) as archive:
                files = self._unpack(archive, dest)
        except zipfile.BadZipFile as exc:
            raise BundleError("not a zip file") from exc

        recipes = []
        for path in files:
            if not path.endswith(".json"):
                continue
            with open(path, encoding="utf-8") as fh:
                card = json.load(fh)
            if "name" in card and "ingredients" in card:
                recipes.append(card)
        log.info("member %s imported %d recipes", member_id, len(recipes))
        return recipes
