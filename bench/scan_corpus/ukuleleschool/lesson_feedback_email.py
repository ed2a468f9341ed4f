"""Renders the weekly feedback email teachers write for each student after lessons."""
from dataclasses import dataclass, field
from typing import List

from jinja2 import DictLoader, Environment, select_autoescape

TEMPLATES = {
    "feedback.html": """
<html><body>
<h2>Hi {{ student_name }}, here is your feedback from {{ teacher_name }}</h2>
<p>{{ summary }}</p>
<h3>Songs to practise</h3>
<ul>{% for song in songs %}<li>{{ song }}</li>{% endfor %}</ul>
<p>Keep strumming!</p>
</body></html>
""",
    "feedback.txt": """Hi {{ student_name }},

Feedback from {{ teacher_name }}:
{{ summary }}

Songs to practise:
{% for song in songs %}- {{ song }}
{% endfor %}""",
}


@dataclass
class Feedback:
    student_name: str
    teacher_name: str
    summary: str
    songs: List[str] = field(default_factory=list)


class FeedbackRenderer:
    def __init__(self):
        self.env = Environment(
            loader=DictLoader(TEMPLATES),
            autoescape=select_autoescape(enabled_extensions=("html",), default_for_string=True),
            trim_blocks=True,
            lstrip_blocks=True,
        )

    def render(self, feedback: Feedback) -> dict:
        context = {
            "student_name": feedback.student_name,
            "teacher_name": feedback.teacher_name,
            "summary": feedback.summary,
            "songs": feedback.songs,
        }
        return {
            "html": self.env.get_template("feedback.html").render(**context),
            "text": self.env.get_template("feedback.txt").render(**context),
        }
