"""Download cutting templates for outsourced stitching partners.

Partner workshops that sew our palm and back pieces fetch the template PDFs
for the styles they have been contracted for.
"""
from pathlib import Path

from fastapi import Depends, FastAPI, HTTPException
from fastapi.responses import FileResponse

from .auth import current_workshop

TEMPLATE_ROOT = Path("/srv/glovemaker/templates").resolve()

app = FastAPI(title="Workshop templates")


def _template_path(relative: str) -> Path:
    candidate = (TEMPLATE_ROOT / relative).resolve()
    if not candidate.is_relative_to(TEMPLATE_ROOT):
        raise HTTPException(status_code=404, detail="template not found")
    if candidate.suffix.lower() != ".pdf" or not candidate.is_file():
        raise HTTPException(status_code=404, detail="template not found")
    return candidate


def _style_of(path: Path) -> str:
    return path.relative_to(TEMPLATE_ROOT).parts[0]


@app.get("/templates/{relative:path}")
def download_template(relative: str, workshop=Depends(current_workshop)):
    path = _template_path(relative)
    if _style_of(path) not in workshop.contracted_styles:
        raise HTTPException(status_code=403, detail="style not contracted")
    return FileResponse(path, media_type="application/pdf", filename=path.name)


@app.get("/templates")
def list_templates(workshop=Depends(current_workshop)):
    listing = {}
    for style in sorted(workshop.contracted_styles):
        folder = TEMPLATE_ROOT / style
        if folder.is_dir():
            listing[style] = sorted(p.name for p in folder.glob("*.pdf"))
    return {"workshop": workshop.code, "templates": listing}
