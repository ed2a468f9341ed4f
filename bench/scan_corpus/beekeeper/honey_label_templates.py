"""Jar label templates for the bottling line printer.

The label designer in the back office loads a template by name, fills in
batch code, best-before date and weight, and sends it to the printer.
"""
from datetime import date, timedelta
from pathlib import Path

import aiofiles
from fastapi import FastAPI, HTTPException, Query
from fastapi.responses import PlainTextResponse
from jinja2 import Environment, select_autoescape

from bottling.settings import LABEL_SETTINGS

app = FastAPI(title="label-designer")
env = Environment(autoescape=select_autoescape(["html", "xml", "svg"]))

BEST_BEFORE = timedelta(days=730)


def template_dir() -> Path:
    return Path(LABEL_SETTINGS["template_dir"])


async def read_template(name: str) -> str:
    path = template_dir() / f"{name}.svg"
    try:
        async with aiofiles.open(path, "r", encoding="utf-8") as fh:
            return await fh.read()
    except FileNotFoundError as exc:
        raise HTTPException(status_code=404, detail="template not found") from exc


@app.get("/labels/render", response_class=PlainTextResponse)
async def render_label(
    template: str = Query(...),
    batch_code: str = Query(..., max_length=20),
    net_weight_g: int = Query(340),
) -> str:
    source = await read_template(template)
    rendered = env.from_string(source).render(
        batch_code=batch_code,
        best_before=(date.today() + BEST_BEFORE).strftime("%d/%m/%Y"),
        net_weight=f"{net_weight_g}g",
        producer=LABEL_SETTINGS["producer_name"],
    )
    return rendered


@app.get("/labels/templates")
async def list_templates() -> list[str]:
    return sorted(p.stem for p in template_dir().glob("*.svg"))
