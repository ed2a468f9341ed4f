"""Renders instructor profile cards for the public studio website."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import List

from jinja2 import Environment, FileSystemLoader, select_autoescape
from markupsafe import Markup

STYLE_COLOURS = {
    "ballet": "rose",
    "contemporary": "teal",
    "hip-hop": "amber",
    "tap": "slate",
    "jazz": "violet",
}


@dataclass
class InstructorProfile:
    slug: str
    display_name: str
    bio: str
    styles: List[str] = field(default_factory=list)
    photo_url: str = ""


class ProfileCardRenderer:
    template_name = "instructors/card.html"

    def __init__(self, template_dir: str) -> None:
        self._env = Environment(
            loader=FileSystemLoader(template_dir),
            autoescape=select_autoescape(["html", "xml"]),
        )
        self._env.filters["style_badges"] = self.style_badges

    @staticmethod
    def style_badges(styles: List[str]) -> Markup:
        badges = [
            Markup('<span class="badge badge-{}">{}</span>').format(STYLE_COLOURS.get(s, "grey"), s)
            for s in styles
        ]
        return Markup(" ").join(badges)

    @staticmethod
    def bio_paragraphs(bio: str) -> List[str]:
        return [part.strip() for part in bio.split("\n\n") if part.strip()]

    def render(self, profile: InstructorProfile) -> str:
        template = self._env.get_template(self.template_name)
        return template.render(
            profile=profile,
            paragraphs=self.bio_paragraphs(profile.bio),
        )

    def render_many(self, profiles: List[InstructorProfile]) -> str:
        return "\n".join(self.render(p) for p in profiles)
