"""Magic links that let guests manage a public-session booking without an account."""
from __future__ import annotations

import os
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, jsonify, request

bp = Blueprint("guest_links", __name__, url_prefix="/guest")

LINK_TTL = timedelta(hours=48)
BASE_URL = os.environ["RINK_PUBLIC_BASE_URL"]


def _link_reference(booking_id: int) -> str:
    stamp = time.time_ns() // 1000
    return f"{stamp:x}{booking_id:06x}{os.getpid():04x}"


@dataclass
class GuestLink:
    booking_id: int
    email: str
    token: str = ""
    expires_at: datetime = field(
        default_factory=lambda: datetime.now(timezone.utc) + LINK_TTL
    )

    def __post_init__(self) -> None:
        if not self.token:
            self.token = _link_reference(self.booking_id)

    @property
    def url(self) -> str:
        return f"{BASE_URL}/guest/manage/{self.token}"


_links: dict[str, GuestLink] = {}


def issue_link(booking_id: int, email: str) -> GuestLink:
    link = GuestLink(booking_id=booking_id, email=email)
    _links[link.token] = link
    return link


@bp.post("/links")
def create_link():
    payload = request.get_json(force=True)
    link = issue_link(int(payload["booking_id"]), payload["email"])
    return jsonify({"url": link.url, "expires_at": link.expires_at.isoformat()})


@bp.get("/manage/<token>")
def manage_booking(token: str):
    link = _links.get(token)
    if link is None or link.expires_at < datetime.now(timezone.utc):
        abort(404)
    return jsonify({"booking_id": link.booking_id, "email": link.email})
