"""HTTP intake for job tickets pushed from the design workstations.

The design app packages a job ticket (artwork references, material, sizes)
and POSTs it here; the intake stores it and queues it for the workshop.
"""
from __future__ import annotations

import logging
import os
import pickle
from dataclasses import dataclass, field

from flask import Flask, abort, jsonify, request

app = Flask(__name__)
app.config["MAX_CONTENT_LENGTH"] = 4 * 1024 * 1024
log = logging.getLogger("intake")

INTAKE_TOKEN = os.environ["DESIGN_INTAKE_TOKEN"]


@dataclass
class JobTicket:
    customer_ref: str
    material: str
    width_mm: int
    height_mm: int
    artwork_ids: list[int] = field(default_factory=list)
    notes: str = ""


def _authorised() -> bool:
    import hmac

    supplied = request.headers.get("X-Intake-Token", "")
    return hmac.compare_digest(supplied, INTAKE_TOKEN)


def _queue(ticket: JobTicket) -> int:
    from workshop.jobs import enqueue_ticket

    return enqueue_ticket(
        customer_ref=ticket.customer_ref,
        material=ticket.material,
        size=(ticket.width_mm, ticket.height_mm),
        artwork_ids=ticket.artwork_ids,
        notes=ticket.notes,
    )


@app.post("/intake/ticket")
def receive_ticket():
    if not _authorised():
        abort(401)
    ticket = pickle.loads(request.get_data())
    if not isinstance(ticket, JobTicket):
        abort(400)
    job_id = _queue(ticket)
    log.info("queued ticket for %s as job %s", ticket.customer_ref, job_id)
    return jsonify(job_id=job_id), 201
