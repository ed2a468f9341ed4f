"""Bottle label templates for the shop's label printer."""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import PlainTextResponse

app = FastAPI(title="Label printer helper")


@dataclass(frozen=True)
class LabelSettings:
    template_root: Path
    default_template: str = "standard.zpl"

    @property
    def root(self) -> Path:
        return self.template_root.resolve()


SETTINGS = LabelSettings(template_root=Path(os.environ["LABEL_TEMPLATE_DIR"]))


class TemplateLibrary:
    def __init__(self, settings: LabelSettings):
        self._settings = settings

    def path_for(self, name: str | None) -> Path:
        return self._settings.root / (name or self._settings.default_template)

    def load(self, name: str | None) -> str:
        path = self.path_for(name)
        if not path.is_file():
            raise FileNotFoundError(name)
        return path.read_text(encoding="utf-8")

    def render(self, name: str | None, fields: dict[str, str]) -> str:
        body = self.load(name)
        for key, value in fields.items():
            body = body.replace("{{" + key + "}}", value.replace("^", "").replace("~", ""))
        return body


library = TemplateLibrary(SETTINGS)


@app.get("/labels/render", response_class=PlainTextResponse)
def render_label(
    template: str | None = Query(default=None),
    product: str = Query(..., max_length=40),
    batch: str = Query(..., max_length=12),
    abv: str = Query(..., max_length=6),
):
    try:
        return library.render(template, {"product": product, "batch": batch, "abv": abv})
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="no such template")
