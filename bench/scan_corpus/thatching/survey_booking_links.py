"""Self-service booking links for roof surveys.

After an enquiry the office emails the homeowner a link listing the surveyor's
free slots in their area; picking one books the survey without a phone call.
"""
from __future__ import annotations

import os
import secrets
from datetime import datetime, timedelta, timezone
from typing import Callable

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["BOOKINGS_DATABASE_URL"], pool_pre_ping=True)
LINK_TTL = timedelta(days=10)


class BookingLinkService:
    def __init__(self, token_factory: Callable[[int], str] = secrets.token_urlsafe,
                 token_bytes: int = 32) -> None:
        self.token_factory = token_factory
        self.token_bytes = token_bytes

    def create(self, enquiry_id: int) -> str:
        token = self.token_factory(self.token_bytes)
        with engine.begin() as conn:
            conn.execute(
                text("INSERT INTO booking_links (token, enquiry_id, expires_at) "
                     "VALUES (:t, :e, :x)"),
                {"t": token, "e": enquiry_id, "x": datetime.now(timezone.utc) + LINK_TTL},
            )
        return token

    def enquiry_for(self, conn, token: str):
        return conn.execute(
            text("SELECT l.enquiry_id, e.postcode_area FROM booking_links l "
                 "JOIN enquiries e ON e.id = l.enquiry_id "
                 "WHERE l.token = :t AND l.expires_at > now() AND l.used_at IS NULL"),
            {"t": token},
        ).mappings().first()


links = BookingLinkService()


@app.post("/enquiries/<int:enquiry_id>/booking-link")
def make_link(enquiry_id: int):
    return jsonify({"token": links.create(enquiry_id)}), 201


@app.get("/book/<token>")
def free_slots(token: str):
    with engine.connect() as conn:
        enquiry = links.enquiry_for(conn, token)
        if enquiry is None:
            abort(404)
        slots = conn.execute(
            text("SELECT id, starts_at, surveyor_name FROM survey_slots "
                 "WHERE area = :area AND booked_enquiry_id IS NULL AND starts_at > now() "
                 "ORDER BY starts_at LIMIT 20"),
            {"area": enquiry["postcode_area"]},
        ).mappings().all()
    return jsonify([dict(s) for s in slots])


@app.post("/book/<token>")
def book_slot(token: str):
    slot_id = int(request.get_json(force=True)["slot_id"])
    with engine.begin() as conn:
        enquiry = links.enquiry_for(conn, token)
        if enquiry is None:
            abort(404)
        taken = conn.execute(
            text("UPDATE survey_slots SET booked_enquiry_id = :e "
                 "WHERE id = :s AND booked_enquiry_id IS NULL"),
            {"e": enquiry["enquiry_id"], "s": slot_id},
        ).rowcount
        if not taken:
            abort(409, "that slot has just been taken")
        conn.execute(text("UPDATE booking_links SET used_at = now() WHERE token = :t"),
                     {"t": token})
    return jsonify({"booked": slot_id})
