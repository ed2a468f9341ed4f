"""Flash messages shown after bulk actions in the project dashboard."""
from flask import flash, url_for
from markupsafe import Markup


def flash_project_archived(project) -> None:
    undo_url = url_for("projects.restore", project_id=project.id)
    flash(
        Markup('Project <strong>{}</strong> was archived. <a href="{}">Undo</a>').format(
            project.name, undo_url
        ),
        "success",
    )


def flash_members_invited(emails: list[str]) -> None:
    if not emails:
        return
    items = Markup("").join(Markup("<li>{}</li>").format(e) for e in emails)
    flash(Markup("Invitations sent to:<ul>{}</ul>").format(items), "info")
