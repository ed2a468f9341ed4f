"""Serves archived rental agreements to tenants and regenerates missing PDFs."""
from __future__ import annotations

import os

from flask import Blueprint, abort, current_app, send_file
from flask_login import current_user, login_required

from .models import Lease
from .pdf import render_lease_pdf

bp = Blueprint("lease_archive", __name__, url_prefix="/portal/leases")


def _archive_dir(facility_id: int) -> str:
    path = os.path.join(current_app.config["LEASE_ARCHIVE_ROOT"], f"facility-{facility_id:05d}")
    os.makedirs(path, exist_ok=True)
    return path


def _lease_path(lease: Lease) -> str:
    return os.path.join(_archive_dir(lease.facility_id), f"lease-{lease.id:08d}.pdf")


def _owned_lease(lease_id: int) -> Lease:
    lease = Lease.query.filter_by(id=lease_id, tenant_id=current_user.tenant_id).first()
    if lease is None:
        abort(404)
    return lease


@bp.get("/")
@login_required
def list_leases():
    leases = Lease.query.filter_by(tenant_id=current_user.tenant_id).order_by(Lease.start_date).all()
    return {
        "leases": [
            {"id": l.id, "unit": l.unit.unit_number, "start": l.start_date.isoformat()}
            for l in leases
        ]
    }


@bp.get("/<int:lease_id>/agreement.pdf")
@login_required
def download_agreement(lease_id: int):
    lease = _owned_lease(lease_id)
    path = _lease_path(lease)
    if not os.path.exists(path):
        with open(path, "wb") as fh:
            fh.write(render_lease_pdf(lease))
    return send_file(
        path,
        mimetype="application/pdf",
        as_attachment=True,
        download_name=f"rental-agreement-unit-{lease.unit.unit_number}.pdf",
    )
