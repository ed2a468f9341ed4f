"""Static player profile pages published to the league website each week.

Profiles include the player's self-written bio and nickname, so everything
from the database goes through Jinja2's HTML autoescaping.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from jinja2 import Environment, FileSystemLoader, select_autoescape

TEMPLATE_DIR = Path(__file__).parent / "templates"
OUTPUT_DIR = Path("/srv/dartsleague/site/players")


def build_environment(template_dir: Path = TEMPLATE_DIR) -> Environment:
    env = Environment(
        loader=FileSystemLoader(str(template_dir)),
        autoescape=select_autoescape(enabled_extensions=("html", "htm"), default_for_string=True),
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["avg"] = lambda v: f"{v:.2f}"
    return env


@dataclass
class ProfileView:
    player_id: int
    name: str
    nickname: str
    team: str
    bio: str
    average: float
    checkout_pct: float
    max_count: int
    high_finish: int

    @property
    def slug(self) -> str:
        return f"player-{self.player_id}"


def render_profile(env: Environment, profile: ProfileView) -> str:
    template = env.get_template("player_profile.html")
    return template.render(p=profile)


def publish_all(profiles: list[ProfileView], out_dir: Path = OUTPUT_DIR) -> int:
    env = build_environment()
    out_dir.mkdir(parents=True, exist_ok=True)
    for profile in profiles:
        html = render_profile(env, profile)
        (out_dir / f"{profile.slug}.html").write_text(html, encoding="utf-8")
    return len(profiles)
