"""Lets customers download printed weighbridge ticket PDFs from the portal."""
from __future__ import annotations

import os
from dataclasses import dataclass

from flask import Flask, abort, g, send_file

app = Flask(__name__)


@dataclass(frozen=True)
class TicketStorage:
    root: str = "/srv/weighbridge/tickets"
    mimetype: str = "application/pdf"

    def locate(self, customer_ref: str, filename: str) -> str:
        return os.path.join(self.root, customer_ref, filename)


storage = TicketStorage()


def _customer_ref() -> str:
    ref = getattr(g, "customer_ref", None)
    if not ref:
        abort(401)
    return ref


@app.get("/portal/tickets/<path:filename>")
def download_ticket(filename: str):
    path = storage.locate(_customer_ref(), filename)
    if not os.path.isfile(path):
        abort(404)
    return send_file(path, mimetype=storage.mimetype, as_attachment=True)


@app.get("/portal/tickets")
def list_tickets():
    folder = os.path.join(storage.root, _customer_ref())
    names = sorted(n for n in os.listdir(folder) if n.endswith(".pdf")) if os.path.isdir(folder) else []
    return {"tickets": names}
