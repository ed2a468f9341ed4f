"""Import weekly feeding plans written by the nutrition team in YAML.

Example upload:

    week: 2025-W14
    animals:
      - id: GIR-003
        diet:
          - {item: lucerne, kg: 6.5}
          - {item: browse, kg: 3}
"""

import yaml
from django import forms
from django.contrib.auth.decorators import permission_required
from django.shortcuts import redirect, render

from nutrition.models import FeedingPlan
from nutrition.validation import validate_plan


class PlanUploadForm(forms.Form):
    plan_file = forms.FileField()


def parse_plan(stream) -> dict:
    data = yaml.safe_load(stream)
    if not isinstance(data, dict) or "animals" not in data:
        raise forms.ValidationError("plan must be a mapping with an 'animals' list")
    return data


@permission_required("nutrition.add_feedingplan")
def upload_plan(request):
    form = PlanUploadForm(request.POST or None, request.FILES or None)
    if request.method == "POST" and form.is_valid():
        try:
            data = parse_plan(form.cleaned_data["plan_file"])
            validate_plan(data)
        except (yaml.YAMLError, forms.ValidationError) as exc:
            form.add_error("plan_file", str(exc))
        else:
            FeedingPlan.objects.update_or_create(
                week=data["week"], defaults={"plan": data, "uploaded_by": request.user}
            )
            return redirect("nutrition:plan-detail", week=data["week"])
    return render(request, "nutrition/upload.html", {"form": form})
