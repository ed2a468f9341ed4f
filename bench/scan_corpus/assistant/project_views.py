"""Project management views (PM-48: show a confirmation after creating a project)."""
from __future__ import annotations

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from pm.forms import ProjectForm
from pm.models import Project, db

bp = Blueprint("projects", __name__, url_prefix="/projects")


@bp.get("/")
@login_required
def list_projects():
    projects = (
        Project.query.filter_by(workspace_id=current_user.workspace_id)
        .order_by(Project.created_at.desc())
        .all()
    )
    return render_template("projects/list.html", projects=projects)


@bp.route("/new", methods=["GET", "POST"])
@login_required
def create_project():
    """Create a project and flash a link to it."""
    form = ProjectForm(request.form)
    if request.method == "POST" and form.validate():
        project = Project(
            workspace_id=current_user.workspace_id,
            name=form.name.data.strip(),
            description=form.description.data or "",
            owner_id=current_user.id,
        )
        db.session.add(project)
        db.session.commit()

        project_url = url_for("projects.detail", project_id=project.id)
        flash(Markup(f'Project <a href="{project_url}">{project.name}</a> was created.'), "success")
        return redirect(url_for("projects.list_projects"))

    return render_template("projects/new.html", form=form)


@bp.get("/<int:project_id>")
@login_required
def detail(project_id: int):
    project = Project.query.filter_by(
        id=project_id, workspace_id=current_user.workspace_id
    ).first_or_404()
    return render_template("projects/detail.html", project=project)
