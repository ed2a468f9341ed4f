"""Import household-survey definitions written by programme teams in YAML.

Country offices maintain their questionnaires as YAML files and upload them
through the admin site; we validate and store them as JSON for the tablets.
"""
import json

import yaml
from django import forms
from django.contrib.admin.views.decorators import staff_member_required
from django.shortcuts import redirect, render

from .models import SurveyDefinition

# Use the libyaml-backed loader when it's compiled in.
_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

QUESTION_TYPES = {"text", "integer", "select_one", "select_multiple", "date", "gps"}


class SurveyUploadForm(forms.Form):
    definition = forms.FileField()


def load_definition(stream) -> dict:
    doc = yaml.load(stream, Loader=_Loader)
    if not isinstance(doc, dict) or "questions" not in doc:
        raise forms.ValidationError("file must contain a 'questions' list")
    for i, q in enumerate(doc["questions"], start=1):
        if q.get("type") not in QUESTION_TYPES:
            raise forms.ValidationError(f"question {i}: unknown type {q.get('type')!r}")
        if not q.get("name"):
            raise forms.ValidationError(f"question {i}: missing name")
    return doc


@staff_member_required
def upload_survey(request):
    form = SurveyUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            doc = load_definition(form.cleaned_data["definition"].read())
        except (yaml.YAMLError, forms.ValidationError) as exc:
            form.add_error("definition", str(exc))
        else:
            SurveyDefinition.objects.create(
                code=doc.get("code", ""),
                title=doc.get("title", ""),
                body=json.dumps(doc),
                uploaded_by=request.user,
            )
            return redirect("surveys:list")
    return render(request, "surveys/upload.html", {"form": form})
