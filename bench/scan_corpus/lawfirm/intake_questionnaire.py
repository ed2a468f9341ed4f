"""Load client-intake questionnaires authored by practice-group admins.

Questionnaires are YAML documents uploaded through the admin screen and
rendered as multi-step forms in the client portal.
"""
from dataclasses import dataclass, field

import yaml

QUESTION_TYPES = {"text", "textarea", "date", "yes_no", "select", "upload"}


class QuestionnaireError(ValueError):
    pass


@dataclass
class Question:
    key: str
    prompt: str
    type: str = "text"
    required: bool = False
    options: list[str] = field(default_factory=list)


@dataclass
class Questionnaire:
    slug: str
    practice_area: str
    steps: list[list[Question]]


def _question(raw: dict) -> Question:
    q = Question(
        key=str(raw["key"]),
        prompt=str(raw["prompt"]),
        type=str(raw.get("type", "text")),
        required=bool(raw.get("required", False)),
        options=[str(o) for o in raw.get("options", [])],
    )
    if q.type not in QUESTION_TYPES:
        raise QuestionnaireError(f"{q.key}: unsupported type {q.type!r}")
    if q.type == "select" and not q.options:
        raise QuestionnaireError(f"{q.key}: select questions need options")
    return q


def load_questionnaire(stream) -> Questionnaire:
    doc = yaml.load(stream, Loader=yaml.SafeLoader)
    if not isinstance(doc, dict) or "steps" not in doc:
        raise QuestionnaireError("questionnaire must define 'steps'")
    steps = [[_question(q) for q in step.get("questions", [])] for step in doc["steps"]]
    return Questionnaire(
        slug=str(doc["slug"]),
        practice_area=str(doc.get("practice_area", "general")),
        steps=steps,
    )
