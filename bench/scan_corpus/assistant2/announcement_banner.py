"""Workspace announcement banner shown at the top of every page.

Workspace admins can set a short message; it is rendered into a small HTML
snippet that the layout template includes.
"""
from __future__ import annotations

from flask import Blueprint, abort, g, render_template_string, request

from app.auth import admin_required
from app.models import Workspace, db

banner = Blueprint("banner", __name__)

BANNER_TEMPLATE = """
<div class="announcement announcement--{{ level }}" role="status">
  <strong>{{ title }}</strong>
  <span>{{ message }}</span>
  {% if link %}<a href="{{ link }}" rel="noopener">Details</a>{% endif %}
</div>
"""

LEVELS = {"info", "warning", "critical"}


def render_banner(workspace: Workspace) -> str:
    """Return the banner HTML for ``workspace`` or an empty string."""
    if not workspace.announcement_message:
        return ""
    return render_template_string(
        BANNER_TEMPLATE,
        level=workspace.announcement_level,
        title=workspace.announcement_title or "Announcement",
        message=workspace.announcement_message,
        link=workspace.announcement_link,
    )


@banner.post("/settings/announcement")
@admin_required
def update_announcement():
    """Save the banner settings submitted from the admin form."""
    level = request.form.get("level", "info")
    if level not in LEVELS:
        abort(400)
    link = request.form.get("link", "").strip()
    if link and not link.startswith("https://"):
        abort(400)
    workspace = g.workspace
    workspace.announcement_level = level
    workspace.announcement_title = request.form.get("title", "")[:80]
    workspace.announcement_message = request.form.get("message", "")[:280]
    workspace.announcement_link = link or None
    db.session.commit()
    return {"preview": render_banner(workspace)}
