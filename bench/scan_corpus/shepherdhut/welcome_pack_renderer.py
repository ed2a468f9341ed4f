"""Renders the guest welcome pack (house notes, walks, pubs) in the guest's language."""
from __future__ import annotations

import html
import os
from pathlib import Path

import markdown
from fastapi import APIRouter, Depends, HTTPException, Query
from fastapi.responses import HTMLResponse

from .auth import current_booking

router = APIRouter()

PACKS_DIR = Path(os.environ.get("WELCOME_PACKS_DIR", "/srv/shepherdhut/welcome_packs"))
DEFAULT_LANGUAGE = "en"


class WelcomePackSource:
    def __init__(self, base: Path = PACKS_DIR) -> None:
        self.base = base

    def path_for(self, hut_slug: str, language: str) -> str:
        return os.path.join(self.base, hut_slug, f"{language}.md")

    def read(self, hut_slug: str, language: str) -> str:
        path = self.path_for(hut_slug, language)
        if not os.path.exists(path):
            path = self.path_for(hut_slug, DEFAULT_LANGUAGE)
        with open(path, encoding="utf-8") as fh:
            return fh.read()


source = WelcomePackSource()


def render(text: str, hut_name: str) -> str:
    body = markdown.markdown(text, extensions=["tables"], output_format="html")
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>Welcome to {html.escape(hut_name)}</title></head>"
        f"<body><main>{body}</main></body></html>"
    )


@router.get("/welcome-pack", response_class=HTMLResponse)
def welcome_pack(lang: str = Query(DEFAULT_LANGUAGE, max_length=40), booking=Depends(current_booking)):
    try:
        text = source.read(booking.hut.slug, lang)
    except FileNotFoundError:
        raise HTTPException(status_code=404, detail="No welcome pack for this hut yet")
    return HTMLResponse(render(text, booking.hut.name))
