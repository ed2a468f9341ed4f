"""Exports the attendance sheet of a swim session as CSV for the leader.

Sheets are written by a background job to ``EXPORT_ROOT/<session id>.csv``;
this view streams the one for the requested session.
"""
from __future__ import annotations

import csv
import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest
from django.shortcuts import get_object_or_404

from sessions_app.models import SwimSession

EXPORT_ROOT = Path(getattr(settings, "ATTENDANCE_EXPORT_ROOT", "/var/lib/seaswim/exports"))


def export_path(session: SwimSession) -> Path:
    return EXPORT_ROOT / f"attendance-{session.pk:06d}.csv"


def write_export(session: SwimSession) -> Path:
    path = export_path(session)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(".tmp")
    with tmp.open("w", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(["member", "ability_group", "checked_in"])
        for signup in session.signups.select_related("member").order_by("member__full_name"):
            writer.writerow([signup.member.full_name, signup.ability_group, signup.checked_in])
    os.replace(tmp, path)
    return path


@login_required
def download_attendance(request: HttpRequest, session_id: int) -> FileResponse:
    session = get_object_or_404(SwimSession, pk=session_id, leaders=request.user)
    path = export_path(session)
    if not path.exists():
        path = write_export(session)
    if not path.is_file():
        raise Http404("no export")
    return FileResponse(
        path.open("rb"),
        as_attachment=True,
        filename=f"{session.day:%Y-%m-%d}-{session.beach_slug}.csv",
        content_type="text/csv",
    )
