"""Publishes finished client styles to the studio's Mapbox account.

Cartographers finish a style in the studio editor; this CLI pushes the
style JSON to Mapbox so the client's web map can reference it.
"""
from __future__ import annotations

import argparse
import json
import logging
import sys
from pathlib import Path

import requests

log = logging.getLogger("style_uploader")

MAPBOX_API = "https://api.mapbox.com"
MAPBOX_USERNAME = "northline-cartography"
MAPBOX_UPLOAD_TOKEN = "sk.eyJ1Ijoibm9ydGhsaW5lLWNhcnRvZ3JhcGh5IiwiYSI6ImNsdDh3cTJ6ZjBrNGMya3BnN2x2bXg0eHcifQ.q7VhR1mZr0d8tWk3PbXa2g"


class StyleUploader:
    def __init__(self, username: str = MAPBOX_USERNAME, token: str = MAPBOX_UPLOAD_TOKEN):
        self.username = username
        self.session = requests.Session()
        self.session.params = {"access_token": token}

    def _styles_url(self, style_id: str | None = None) -> str:
        base = f"{MAPBOX_API}/styles/v1/{self.username}"
        return f"{base}/{style_id}" if style_id else base

    def create(self, style: dict) -> str:
        resp = self.session.post(self._styles_url(), json=style, timeout=30)
        resp.raise_for_status()
        return resp.json()["id"]

    def update(self, style_id: str, style: dict) -> str:
        resp = self.session.patch(self._styles_url(style_id), json=style, timeout=30)
        resp.raise_for_status()
        return resp.json()["id"]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Upload a style JSON to Mapbox")
    parser.add_argument("style_file", type=Path)
    parser.add_argument("--style-id", help="update an existing style instead of creating one")
    args = parser.parse_args(argv)

    style = json.loads(args.style_file.read_text(encoding="utf-8"))
    if style.get("version") != 8:
        log.error("%s is not a Mapbox GL style (version 8)", args.style_file)
        return 2

    uploader = StyleUploader()
    style_id = uploader.update(args.style_id, style) if args.style_id else uploader.create(style)
    print(f"published {args.style_file.name} as {MAPBOX_USERNAME}/{style_id}")
    return 0


if __name__ == "__main__":
    logging.basicConfig(level=logging.INFO)
    sys.exit(main())
