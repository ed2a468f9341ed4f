"""Read engraving layout templates (SVG) that designers drop into the templates folder."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import FileResponse


@dataclass(frozen=True)
class TemplateSettings:
    root: Path = Path(os.environ.get("ENGRAVING_TEMPLATE_DIR", "/srv/cutler/engraving-templates"))
    suffix: str = ".svg"


settings = TemplateSettings()
app = FastAPI()


def resolve_template(name: str, cfg: TemplateSettings = settings) -> Path:
    """Map a template name like 'chef/monogram-left' to a file under the template root."""
    root = cfg.root.resolve()
    candidate = (root / f"{name}{cfg.suffix}").resolve()
    if not candidate.is_relative_to(root):
        raise HTTPException(status_code=400, detail="invalid template name")
    if not candidate.is_file():
        raise HTTPException(status_code=404, detail="no such template")
    return candidate


@app.get("/engraving/templates")
def list_templates(collection: str = Query("chef")):
    root = settings.root.resolve()
    folder = (root / collection).resolve()
    if not folder.is_relative_to(root) or not folder.is_dir():
        raise HTTPException(status_code=404, detail="no such collection")
    return sorted(p.stem for p in folder.glob(f"*{settings.suffix}"))


@app.get("/engraving/templates/{name:path}")
def get_template(name: str):
    path = resolve_template(name)
    return FileResponse(path, media_type="image/svg+xml")
