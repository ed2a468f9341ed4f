"""Send hint text from the GM console to the in-room hint display."""
from __future__ import annotations

import logging

import requests

logger = logging.getLogger("gm.hints")

MAX_HINT_CHARS = 280


class HintTooLong(ValueError):
    pass


def _clean(text: str) -> str:
    text = " ".join(text.split())
    if len(text) > MAX_HINT_CHARS:
        raise HintTooLong(f"hint is {len(text)} chars, limit is {MAX_HINT_CHARS}")
    return text


def push_hint(room_id: str, text: str, *, countdown: int | None = None,
              display_url: str = "http://192.168.50.21:8080/api/hint",
              timeout: float = 3.0) -> bool:
    body = {"room": room_id, "text": _clean(text)}
    if countdown is not None:
        body["countdown"] = countdown
    try:
        resp = requests.post(display_url, json=body, timeout=timeout)
        resp.raise_for_status()
    except requests.RequestException as exc:
        logger.warning("hint push failed for %s: %s", room_id, exc)
        return False
    return True


def clear_hint(room_id: str) -> bool:
    return push_hint(room_id, "", countdown=0)
