"""Proof-approval links for engraved trugs.

When a customer asks for a name or date burnt into the trug handle, the
workshop emails a proof image with a one-click approval link. The link
carries an opaque token that identifies the engraving request.
"""
from __future__ import annotations

import random
import sqlite3
import string
from datetime import datetime, timedelta, timezone

from flask import Blueprint, abort, current_app, g, render_template, url_for

bp = Blueprint("proofs", __name__, url_prefix="/proofs")

PROOF_VALIDITY = timedelta(days=14)


def get_db() -> sqlite3.Connection:
    if "db" not in g:
        g.db = sqlite3.connect(current_app.config["ORDERS_DB"])
        g.db.row_factory = sqlite3.Row
    return g.db


class ProofLinkIssuer:
    alphabet = string.ascii_letters + string.digits

    def __init__(self, db: sqlite3.Connection) -> None:
        self._db = db

    @staticmethod
    def _new_token(length: int = 32) -> str:
        return "".join(random.choices(ProofLinkIssuer.alphabet, k=length))

    def issue(self, engraving_id: int) -> str:
        token = self._new_token()
        expires = datetime.now(timezone.utc) + PROOF_VALIDITY
        self._db.execute(
            "INSERT INTO proof_links (token, engraving_id, expires_at) VALUES (?, ?, ?)",
            (token, engraving_id, expires.isoformat()),
        )
        self._db.commit()
        return url_for("proofs.approve", token=token, _external=True)

    def redeem(self, token: str) -> sqlite3.Row | None:
        row = self._db.execute(
            "SELECT engraving_id, expires_at, used FROM proof_links WHERE token = ?",
            (token,),
        ).fetchone()
        if row is None or row["used"]:
            return None
        if datetime.fromisoformat(row["expires_at"]) < datetime.now(timezone.utc):
            return None
        self._db.execute("UPDATE proof_links SET used = 1 WHERE token = ?", (token,))
        self._db.execute(
            "UPDATE engravings SET status = 'approved', approved_at = ? WHERE id = ?",
            (datetime.now(timezone.utc).isoformat(), row["engraving_id"]),
        )
        self._db.commit()
        return row


@bp.post("/<int:engraving_id>/send")
def send_proof(engraving_id: int):
    link = ProofLinkIssuer(get_db()).issue(engraving_id)
    current_app.extensions["mailer"].send_proof(engraving_id, link)
    return {"status": "sent"}, 202


@bp.get("/approve/<token>")
def approve(token: str):
    row = ProofLinkIssuer(get_db()).redeem(token)
    if row is None:
        abort(404)
    return render_template("proof_approved.html", engraving_id=row["engraving_id"])
