"""Shareable preview links that let a client's guests see the proposed menu before sign-off."""
from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import json
import os
from dataclasses import dataclass

from flask import Blueprint, abort, render_template

from .menus import load_menu

bp = Blueprint("menu_preview", __name__)


def _b64(raw: bytes) -> str:
    return base64.urlsafe_b64encode(raw).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


@dataclass
class PreviewSigner:
    key: bytes

    @classmethod
    def from_env(cls) -> "PreviewSigner":
        return cls(os.environ["MENU_PREVIEW_KEY"].encode("utf-8"))

    def _mac(self, payload: bytes) -> bytes:
        return hmac.new(self.key, payload, hashlib.sha256).digest()

    def sign(self, menu_id: int, version: int) -> str:
        payload = json.dumps({"m": menu_id, "v": version}, separators=(",", ":")).encode()
        return f"{_b64(payload)}.{_b64(self._mac(payload))}"

    def unsign(self, token: str) -> dict | None:
        try:
            payload_part, mac_part = token.split(".", 1)
            payload = _unb64(payload_part)
            presented = _unb64(mac_part)
        except (ValueError, binascii.Error):
            return None
        if not hmac.compare_digest(self._mac(payload), presented):
            return None
        return json.loads(payload)


signer = PreviewSigner.from_env()


@bp.get("/menu-preview/<token>")
def preview(token: str):
    claims = signer.unsign(token)
    if claims is None:
        abort(404)
    menu = load_menu(claims["m"])
    if menu is None:
        abort(404)
    if menu.version != claims["v"]:
        return render_template("menu_preview_outdated.html", menu=menu), 410
    return render_template("menu_preview.html", menu=menu, courses=menu.courses)
