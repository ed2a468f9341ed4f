"""Server-rendered dataset pages for the catalog UI."""
from __future__ import annotations

from flask import Blueprint, abort, redirect, render_template, request, url_for
from flask_login import current_user, login_required
from markupsafe import Markup

from catalog.store import get_dataset, list_columns, recent_runs, update_description

bp = Blueprint("dataset_pages", __name__, url_prefix="/datasets")


@bp.get("/<int:dataset_id>")
@login_required
def dataset_page(dataset_id: int):
    dataset = get_dataset(dataset_id)
    if dataset is None:
        abort(404)
    columns = list_columns(dataset_id)
    runs = recent_runs(dataset_id, limit=10)
    description = Markup(dataset.description or "")
    return render_template(
        "dataset.html",
        dataset=dataset,
        description=description,
        columns=columns,
        runs=runs,
        can_edit=current_user.id in dataset.owner_ids,
    )


@bp.post("/<int:dataset_id>/description")
@login_required
def edit_description(dataset_id: int):
    dataset = get_dataset(dataset_id)
    if dataset is None:
        abort(404)
    text = request.form.get("description", "")[:10_000]
    update_description(dataset_id, text, editor=current_user.id)
    return redirect(url_for("dataset_pages.dataset_page", dataset_id=dataset_id))
