"""Case narrative generator: fills a per-product narrative template with structured case data."""
from __future__ import annotations

from pathlib import Path
from string import Template
from typing import Any

from fastapi import FastAPI, HTTPException
from pydantic import BaseModel


class NarrativeRequest(BaseModel):
    case_number: str
    template: str = "default_spontaneous.txt"
    fields: dict[str, Any]


class TemplateLibrary:
    def __init__(self, root: Path) -> None:
        self.root = root
        self._cache: dict[str, Template] = {}

    def _path_for(self, name: str) -> Path:
        return self.root / name

    def get(self, name: str) -> Template:
        if name not in self._cache:
            path = self._path_for(name)
            if not path.is_file():
                raise FileNotFoundError(name)
            self._cache[name] = Template(path.read_text(encoding="utf-8"))
        return self._cache[name]


class NarrativeWriter:
    def __init__(self, library: TemplateLibrary) -> None:
        self.library = library

    def render(self, req: NarrativeRequest) -> str:
        template = self.library.get(req.template)
        values = {"case_number": req.case_number, **req.fields}
        return template.substitute(values).strip()


library = TemplateLibrary(Path("/opt/pv/narrative_templates"))
writer = NarrativeWriter(library)
app = FastAPI(title="Narrative Builder")


@app.post("/narratives/preview")
def preview(req: NarrativeRequest) -> dict[str, str]:
    try:
        text = writer.render(req)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="unknown template")
    except KeyError as exc:
        raise HTTPException(status_code=422, detail=f"missing field {exc.args[0]}")
    return {"case_number": req.case_number, "narrative": text}


@app.get("/narratives/templates")
def templates() -> list[str]:
    return sorted(p.name for p in library.root.glob("*.txt"))
