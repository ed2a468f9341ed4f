"""Label artwork library for the bottle shop's printer station."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import PlainTextResponse

app = FastAPI(title="Label artwork")


@dataclass(frozen=True)
class ArtworkSettings:
    root: Path
    default: str = "standard.zpl"

    @classmethod
    def from_env(cls) -> "ArtworkSettings":
        return cls(root=Path(os.environ["LABEL_TEMPLATE_DIR"]).resolve())


class ArtworkLibrary:
    def __init__(self, settings: ArtworkSettings):
        self._settings = settings

    def path_for(self, name: str | None) -> Path:
        root = self._settings.root
        candidate = os.path.realpath(os.path.join(root, name or self._settings.default))
        if os.path.commonpath([candidate, str(root)]) != str(root):
            raise PermissionError(name)
        return Path(candidate)

    def render(self, name: str | None, fields: dict[str, str]) -> str:
        path = self.path_for(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        body = path.read_text(encoding="utf-8")
        for key, value in fields.items():
            body = body.replace("{{" + key + "}}", value.replace("^", "").replace("~", ""))
        return body


library = ArtworkLibrary(ArtworkSettings.from_env())


@app.get("/artwork/render", response_class=PlainTextResponse)
def render(
    template: str | None = Query(default=None, max_length=80),
    product: str = Query(..., max_length=40),
    batch: str = Query(..., max_length=12),
):
    try:
        return library.render(template, {"product": product, "batch": batch})
    except (FileNotFoundError, PermissionError):
        raise HTTPException(status_code=404, detail="no such template")
