"""Load the judging categories that the exhibition committee uploads as YAML."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import yaml
from django import forms
from django.contrib.admin.views.decorators import staff_member_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

log = logging.getLogger(__name__)


@dataclass
class JudgingCategory:
    code: str
    title: str
    max_width_cm: int
    techniques: list[str] = field(default_factory=list)
    novice_only: bool = False


class CategoryUploadForm(forms.Form):
    config = forms.FileField(help_text="YAML file listing the categories for this year's show")


def _read_yaml(raw: bytes) -> dict:
    data = yaml.safe_load(raw.decode("utf-8"))
    if not isinstance(data, dict):
        raise ValueError("top level must be a mapping")
    return data


def parse_categories(raw: bytes) -> list[JudgingCategory]:
    data = _read_yaml(raw)
    categories = []
    seen: set[str] = set()
    for item in data.get("categories", []):
        code = str(item["code"]).upper()
        if code in seen:
            raise ValueError(f"duplicate category code {code}")
        seen.add(code)
        categories.append(JudgingCategory(
            code=code,
            title=str(item["title"]),
            max_width_cm=int(item.get("max_width_cm", 60)),
            techniques=[str(t) for t in item.get("techniques", [])],
            novice_only=bool(item.get("novice_only", False)),
        ))
    return categories


@staff_member_required
def upload_categories(request: HttpRequest, exhibition_id: int) -> HttpResponse:
    form = CategoryUploadForm(request.POST or None, request.FILES or None)
    context = {"form": form, "exhibition_id": exhibition_id}
    if request.method == "POST" and form.is_valid():
        try:
            context["categories"] = parse_categories(form.cleaned_data["config"].read())
        except (ValueError, KeyError, TypeError, yaml.YAMLError) as exc:
            form.add_error("config", f"Could not read categories: {exc}")
        else:
            log.info("staff %s loaded %d categories for exhibition %s",
                     request.user.username, len(context["categories"]), exhibition_id)
    return render(request, "exhibitions/category_upload.html", context)
