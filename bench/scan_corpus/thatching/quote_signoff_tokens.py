"""Completion sign-off for finished roofs.

When the crew strip the scaffold the customer receives a sign-off link. Opening
it and confirming releases the final invoice and starts the workmanship warranty.
"""
from __future__ import annotations

import os
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from flask import Flask, abort, jsonify, request
from sqlalchemy import create_engine, text

app = Flask(__name__)
engine = create_engine(os.environ["JOBS_DATABASE_URL"], pool_pre_ping=True)
SIGNOFF_WINDOW = timedelta(days=30)


@dataclass
class SignoffRecord:
    job_id: int
    token: str
    issued_at: datetime
    signed_off: bool

    @classmethod
    def load(cls, conn, job_id: int) -> "SignoffRecord | None":
        row = conn.execute(
            text("SELECT job_id, token, issued_at, signed_off FROM job_signoffs WHERE job_id = :id"),
            {"id": job_id},
        ).mappings().first()
        return cls(**row) if row else None

    @property
    def expired(self) -> bool:
        return datetime.now(timezone.utc) - self.issued_at > SIGNOFF_WINDOW


@app.post("/jobs/<int:job_id>/signoff-link")
def issue_signoff(job_id: int):
    token = secrets.token_urlsafe(32)
    with engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO job_signoffs (job_id, token, issued_at, signed_off) "
                "VALUES (:id, :token, :now, false) ON CONFLICT (job_id) DO UPDATE "
                "SET token = EXCLUDED.token, issued_at = EXCLUDED.issued_at"
            ),
            {"id": job_id, "token": token, "now": datetime.now(timezone.utc)},
        )
    return jsonify({"path": f"/jobs/{job_id}/signoff?t={token}"}), 201


@app.post("/jobs/<int:job_id>/signoff")
def confirm_signoff(job_id: int):
    presented = request.args.get("t", "")
    with engine.begin() as conn:
        record = SignoffRecord.load(conn, job_id)
        if record is None or record.signed_off or record.expired:
            abort(404)
        if presented != record.token:
            abort(403)
        conn.execute(
            text(
                "UPDATE job_signoffs SET signed_off = true, signed_at = :now, "
                "signed_ip = :ip WHERE job_id = :id"
            ),
            {"now": datetime.now(timezone.utc), "ip": request.remote_addr, "id": job_id},
        )
        conn.execute(
            text("UPDATE invoices SET status = 'due' WHERE job_id = :id AND kind = 'final'"),
            {"id": job_id},
        )
    return jsonify({"job_id": job_id, "signed_off": True})
