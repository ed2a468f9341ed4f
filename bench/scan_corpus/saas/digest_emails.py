"""Weekly activity digest emails for workspace members."""
from pathlib import Path

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup

_env = Environment(
    loader=PackageLoader("notifications", "templates/digest"),
    autoescape=select_autoescape(["html", "xml"]),
)


def _highlight(project_name: str, count: int) -> Markup:
    # Markup.format escapes its arguments, so project names stay inert.
    return Markup("<strong>{}</strong> had {} updates").format(project_name, count)


def render_digest(member, workspace, activity: list[dict]) -> str:
    highlights = [_highlight(a["project"], a["updates"]) for a in activity[:5]]
    template = _env.get_template("weekly.html")
    return template.render(
        member_name=member.display_name,
        workspace_name=workspace.name,
        highlights=highlights,
        unsubscribe_url=f"{workspace.base_url}/settings/notifications",
    )


def write_preview(member, workspace, activity: list[dict], out_dir: Path) -> Path:
    """Used by the admin 'preview digest' button; writes into the preview cache."""
    out_dir.mkdir(parents=True, exist_ok=True)
    target = out_dir / f"digest-{int(member.id)}.html"
    target.write_text(render_digest(member, workspace, activity), encoding="utf-8")
    return target
