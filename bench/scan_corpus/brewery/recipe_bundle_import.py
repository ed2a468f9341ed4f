"""Restore a brewery recipe library from an exported bundle.

Bundles are .tar.gz files produced by the "Export library" button, either
from our own instance or from a partner brewery's instance.
"""
import json
import shutil
import tarfile
import tempfile
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile

from recipes.auth import require_head_brewer
from recipes.library import import_recipe_json

router = APIRouter(prefix="/library", tags=["library"])


def unpack_bundle(fileobj, workdir: Path) -> Path:
    with tarfile.open(fileobj=fileobj, mode="r:gz") as bundle:
        bundle.extractall(workdir)
    manifest = workdir / "manifest.json"
    if not manifest.is_file():
        raise ValueError("bundle has no manifest")
    return manifest


@router.post("/import")
async def import_bundle(upload: UploadFile = File(...), user=Depends(require_head_brewer)):
    workdir = Path(tempfile.mkdtemp(prefix="bundle-"))
    try:
        try:
            manifest_path = unpack_bundle(upload.file, workdir)
        except (tarfile.TarError, ValueError) as exc:
            raise HTTPException(status_code=400, detail=str(exc)) from exc
        manifest = json.loads(manifest_path.read_text())
        imported = []
        for entry in manifest.get("recipes", []):
            recipe_file = (workdir / entry).resolve()
            if workdir.resolve() not in recipe_file.parents:
                continue
            imported.append(import_recipe_json(json.loads(recipe_file.read_text()), owner=user))
        return {"imported": len(imported)}
    finally:
        shutil.rmtree(workdir, ignore_errors=True)
