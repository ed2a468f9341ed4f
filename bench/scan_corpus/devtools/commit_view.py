"""Commit detail page of the repository browser."""
import re

from flask import Blueprint, abort, g, render_template, url_for
from markupsafe import Markup

from .git import open_repository
from .models import Repository

bp = Blueprint("commits", __name__)

ISSUE_REF = re.compile(r"(?<![\w/&])#(\d+)\b")
_SHA = re.compile(r"[0-9a-f]{7,40}")


@bp.app_template_filter("link_issues")
def link_issues(message: str, repo_path: str) -> Markup:
    """Turn ``#123`` references in a commit message into issue links."""

    def repl(match: re.Match) -> str:
        number = int(match.group(1))
        url = url_for("issues.show", repo_path=repo_path, number=number)
        return f'<a class="issue-ref" href="{url}">#{number}</a>'

    return Markup(ISSUE_REF.sub(repl, message))


@bp.get("/<owner>/<name>/commit/<sha>")
def show_commit(owner: str, name: str, sha: str):
    if not _SHA.fullmatch(sha):
        abort(404)
    repo = Repository.query.filter_by(owner_login=owner, name=name).first_or_404()
    if not repo.can_read(g.user):
        abort(404)
    git = open_repository(repo.disk_path)
    commit = git.get_commit(sha)
    if commit is None:
        abort(404)
    return render_template(
        "commits/show.html",
        repo=repo,
        commit=commit,
        diff=git.diff_for(commit),
    )
