"""Price-label printing for the back room.

Shops keep their own ZPL label layouts (standard swing tag, book label, Gift
Aid sticker) in a shared templates folder.  The tablet posts the layout name
and the item fields; we fill the layout and return the ZPL for the printer.
"""
from __future__ import annotations

import os
from pathlib import Path
from string import Template

from fastapi import FastAPI, HTTPException
from fastapi.responses import PlainTextResponse
from pydantic import BaseModel

app = FastAPI()


class LabelRequest(BaseModel):
    layout: str
    item_ref: str
    price_pence: int
    description: str = ""
    gift_aid: bool = False


class LabelTemplates:
    def __init__(self, base_dir: str) -> None:
        self.base = Path(base_dir)

    def _template_path(self, layout: str) -> Path:
        name = layout if layout.endswith(".zpl") else f"{layout}.zpl"
        return self.base / name

    def load(self, layout: str) -> Template:
        path = self._template_path(layout)
        try:
            return Template(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise KeyError(layout) from None

    def available(self) -> list[str]:
        return sorted(p.stem for p in self.base.glob("*.zpl"))


templates = LabelTemplates(os.environ.get("LABEL_TEMPLATE_DIR", "/srv/thriftstore/labels"))


def _zpl_escape(value: str) -> str:
    return value.replace("^", " ").replace("~", " ")[:40]


@app.get("/labels/layouts")
def layouts():
    return {"layouts": templates.available()}


@app.post("/labels/render", response_class=PlainTextResponse)
def render_label(req: LabelRequest) -> str:
    try:
        template = templates.load(req.layout)
    except KeyError:
        raise HTTPException(status_code=404, detail="no such layout")
    return template.safe_substitute(
        item_ref=_zpl_escape(req.item_ref),
        price=f"\u00a3{req.price_pence / 100:.2f}",
        description=_zpl_escape(req.description),
        gift_aid="GA" if req.gift_aid else "",
    )
