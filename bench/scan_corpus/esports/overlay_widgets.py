"""Renders HTML widgets (lower thirds, score bugs) for browser-source overlays.

Team names and player nicknames come from user-edited profiles, so the
environment escapes everything rendered into HTML templates.
"""
import os

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

TEMPLATE_DIR = os.environ.get("OVERLAY_TEMPLATE_DIR", "templates/overlays")

env = Environment(
    loader=FileSystemLoader(TEMPLATE_DIR),
    autoescape=select_autoescape(["html", "xml"], default_for_string=True),
    trim_blocks=True,
    lstrip_blocks=True,
)


def team_badge(team) -> Markup:
    # Markup.format escapes its arguments
    return Markup('<span class="badge" data-team="{}">{}</span>').format(team.slug, team.tag)


env.filters["team_badge"] = team_badge


def render_lower_third(player, team, stat_line: str) -> str:
    template = env.get_template("lower_third.html")
    return template.render(
        nickname=player.nickname,
        real_name=player.display_name,
        team=team,
        stat_line=stat_line,
    )


def render_score_bug(match) -> str:
    template = env.get_template("score_bug.html")
    return template.render(
        team_a=match.team_a,
        team_b=match.team_b,
        score_a=match.score_a,
        score_b=match.score_b,
        map_name=match.current_map,
    )
