"""Accepts saved job tickets exported from the desktop ordering app."""
from __future__ import annotations

import pickle
from dataclasses import dataclass, field
from typing import Any

from flask import Flask, jsonify, request

from .queue import enqueue_imposition

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024


@dataclass
class JobTicket:
    title: str
    trim_size: str
    binding: str
    copies: int
    paper_stock: str
    options: dict[str, Any] = field(default_factory=dict)


class TicketCodec:
    """Reads the .bjt format written by the desktop app's "Save ticket" command."""

    magic = b"BJT\x02"

    def decode(self, blob: bytes) -> JobTicket:
        if not blob.startswith(self.magic):
            raise ValueError("not a bindery job ticket")
        payload = pickle.loads(blob[len(self.magic):])
        if isinstance(payload, dict):
            return JobTicket(**payload)
        return payload

    def encode(self, ticket: JobTicket) -> bytes:
        return self.magic + pickle.dumps(ticket.__dict__, protocol=pickle.HIGHEST_PROTOCOL)


codec = TicketCodec()


@app.post("/orders/ticket")
def upload_ticket():
    upload = request.files.get("ticket")
    if upload is None or not upload.filename.endswith(".bjt"):
        return jsonify({"error": "attach a .bjt job ticket"}), 400
    try:
        ticket = codec.decode(upload.read())
    except ValueError as exc:
        return jsonify({"error": str(exc)}), 422
    job_id = enqueue_imposition(
        title=ticket.title,
        trim=ticket.trim_size,
        binding=ticket.binding,
        copies=ticket.copies,
        stock=ticket.paper_stock,
    )
    return jsonify({"job_id": job_id, "copies": ticket.copies}), 201
